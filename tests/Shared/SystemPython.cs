using System.Diagnostics;

namespace AttnTutorial.TestSupport;

/// <summary>
/// Debian's /usr/bin/python3, which has the Jupyter packages the tests use as judges and clients (python3-nbformat,
/// python3-jupyter-client, python3-nbclient; see .ci/apt-packages.txt). Another python3 may come first on PATH, without them.
/// </summary>
internal static class SystemPython
{
    public const string Executable = "/usr/bin/python3";

    /// <summary>True when /usr/bin/python3 exists and imports every one of <paramref name="modules"/>.</summary>
    public static bool Has(params string[] modules)
    {
        if (!System.IO.File.Exists(Executable)) return false;
        try
        {
            return Run(["-c", "import " + string.Join(", ", modules)], TimeSpan.FromSeconds(60)).ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }

    /// <summary>
    /// Runs python3 with <paramref name="arguments"/>; returns its exit code and its stdout followed by its stderr. Kills
    /// it (and what it started, e.g. a kernel) after <paramref name="timeout"/> and returns exit code -1.
    /// </summary>
    public static (int ExitCode, string Output) Run(
        IEnumerable<string> arguments, TimeSpan timeout, IReadOnlyDictionary<string, string>? environment = null, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo(Executable) { WorkingDirectory = workingDirectory ?? AppContext.BaseDirectory };
        foreach (string argument in arguments) start.ArgumentList.Add(argument);
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) start.Environment[name] = value;
        start.Environment["PYTHONUNBUFFERED"] = "1";
        start.Environment["PYTHONIOENCODING"] = "utf-8";

        var (code, stdout, stderr, timedOut) = ExternalProcess.Run(start, timeout);
        return timedOut ? (-1, stdout + stderr + $"(killed after {timeout.TotalSeconds:0} s)\n") : (code, stdout + stderr);
    }
}
