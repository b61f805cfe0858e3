namespace AttnTutorial.Kernel.Tests.Browser;

/// <summary>A test that drives a Jupyter web client in headless Chromium: skipped where the tools are missing, except in CI (CI=true).</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (BrowserTools.MaySkip) Skip = BrowserTools.InstallHint;
    }
}
