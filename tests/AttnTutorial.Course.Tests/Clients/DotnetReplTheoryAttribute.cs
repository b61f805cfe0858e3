namespace AttnTutorial.Course.Tests.Clients;

/// <summary>A theory that runs notebooks under dotnet-repl: skipped where it is not installed, except in CI (CI=true), where it must run.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class DotnetReplTheoryAttribute : TheoryAttribute
{
    public DotnetReplTheoryAttribute()
    {
        if (DotnetRepl.MaySkip) Skip = DotnetRepl.InstallHint;
    }
}
