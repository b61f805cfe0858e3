namespace AttnTutorial.Course.Tests.DevContainer;

/// <summary>
/// A fact that needs the Dev Containers CLI (npm package @devcontainers/cli). Found through the
/// DEVCONTAINER_CLI environment variable (which .ci/run sets) or `devcontainer` on PATH. Skipped with an
/// install hint where absent, except in CI (CI=true) on a machine with Node.js, where .ci/run installs it:
/// there it runs and fails, so a broken install cannot pass silently.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class DevContainerCliFactAttribute : FactAttribute
{
    public const string InstallHint = "Install it with `npm install -g @devcontainers/cli` (or set DEVCONTAINER_CLI to its `devcontainer` script).";

    public DevContainerCliFactAttribute()
    {
        bool required = Ci.Running && OnPath("node") is not null;
        if (Executable is null && !required)
            Skip = $"The Dev Containers CLI is not installed. {InstallHint}";
    }

    public static string? Executable
    {
        get
        {
            string? configured = Environment.GetEnvironmentVariable("DEVCONTAINER_CLI");
            if (!string.IsNullOrEmpty(configured)) return File.Exists(configured) ? configured : null;
            return OnPath("devcontainer");
        }
    }

    private static string? OnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(d => Path.Combine(d, name))
            .FirstOrDefault(File.Exists);
}
