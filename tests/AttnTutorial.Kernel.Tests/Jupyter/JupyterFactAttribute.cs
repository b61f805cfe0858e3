namespace AttnTutorial.Kernel.Tests.Jupyter;

/// <summary>A test that drives the kernel with real Jupyter clients: skipped where they are not installed, except in CI (CI=true), where it must run.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class JupyterFactAttribute : FactAttribute
{
    public JupyterFactAttribute()
    {
        if (JupyterClients.MaySkip) Skip = JupyterClients.InstallHint;
    }
}
