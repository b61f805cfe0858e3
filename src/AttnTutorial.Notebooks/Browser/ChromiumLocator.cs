namespace AttnTutorial.Notebooks.Browser;

/// <summary>Finds a Chromium (or Chrome) binary: <c>CHROMIUM_PATH</c> if set, else the usual places on Linux.</summary>
public static class ChromiumLocator
{
    private static readonly string[] Candidates = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable"];

    public const string InstallHint = "Install it with `sudo apt-get install chromium` (Debian/Ubuntu) or set CHROMIUM_PATH to a Chromium/Chrome binary.";

    /// <summary>The browser to use, or null when none is installed (or CHROMIUM_PATH names a missing file).</summary>
    public static string? Find()
    {
        string? configured = Environment.GetEnvironmentVariable("CHROMIUM_PATH");
        if (!string.IsNullOrWhiteSpace(configured)) return File.Exists(configured) ? configured : null;
        return Candidates.FirstOrDefault(File.Exists);
    }

    /// <summary>Why <see cref="Find"/> found nothing, in one sentence with the fix.</summary>
    public static string NotFoundMessage()
    {
        string? configured = Environment.GetEnvironmentVariable("CHROMIUM_PATH");
        return !string.IsNullOrWhiteSpace(configured)
            ? $"CHROMIUM_PATH is {configured}, which does not exist. {InstallHint}"
            : $"no Chromium found (looked for {string.Join(", ", Candidates)}). {InstallHint}";
    }
}
