namespace AttnTutorial.Course.Tests.Clients;

/// <summary>A test that drives .NET Interactive's Jupyter kernel: skipped where it or the Jupyter clients are not installed, except in CI (CI=true), where it must run.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class DotnetInteractiveFactAttribute : FactAttribute
{
    public DotnetInteractiveFactAttribute()
    {
        if (DotnetInteractiveJupyter.MaySkip) Skip = DotnetInteractiveJupyter.InstallHint;
    }
}
