namespace AttnTutorial.TestSupport;

/// <summary>
/// A fact that needs a real Chromium. Skipped (with an install hint) where none is installed, except in CI
/// (<c>CI=true</c>): there it runs and fails, so a missing browser cannot pass silently.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (Chromium.Executable is null && !Ci.Running)
        {
            Skip = $"Chromium is not installed. {Chromium.InstallHint}";
        }
    }
}
