using AttnTutorial.Notebooks.Browser;

namespace AttnTutorial.Notebooks.Tests.Support;

/// <summary>
/// A fact that needs a real Chromium. Skipped (with an install hint) where none is installed, except in CI
/// (<c>CI=true</c>): there it runs and fails, so a missing browser cannot pass silently.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        bool inCi = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        if (ChromiumLocator.Find() is null && !inCi) Skip = $"Chromium is not installed. {ChromiumLocator.InstallHint}";
    }
}
