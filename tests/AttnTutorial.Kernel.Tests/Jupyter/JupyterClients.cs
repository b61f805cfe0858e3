using System.Diagnostics;
using System.Text;

namespace AttnTutorial.Kernel.Tests.Jupyter;

/// <summary>
/// The real Jupyter clients the tests drive: Debian's python3-jupyter-client and python3-nbclient under
/// /usr/bin/python3 (another python3 may come first on PATH, without them).
/// </summary>
internal static class JupyterClients
{
    public const string Python = "/usr/bin/python3";

    public const string InstallHint =
        "needs /usr/bin/python3 with jupyter_client, nbclient and nbformat: sudo apt-get install python3-jupyter-client python3-nbclient python3-nbformat";

    private static readonly Lazy<bool> Present = new(() =>
        File.Exists(Python) && Run(["-c", "import jupyter_client, nbclient, nbformat"], new Dictionary<string, string>(), TimeSpan.FromSeconds(60)).ExitCode == 0);

    public static bool Available => Present.Value;

    /// <summary>CI must run these tests; only elsewhere (a laptop) may they be skipped.</summary>
    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Runs the Python client with <paramref name="arguments"/>; kills it (and its kernel) after <paramref name="timeout"/>.</summary>
    public static (int ExitCode, string Output) Run(IEnumerable<string> arguments, IReadOnlyDictionary<string, string> environment, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(Python)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        foreach (string argument in arguments) start.ArgumentList.Add(argument);
        foreach (var (name, value) in environment) start.Environment[name] = value;
        start.Environment["PYTHONUNBUFFERED"] = "1";

        var output = new StringBuilder();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.AppendLine(e.Data); };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            lock (output) output.AppendLine($"(killed after {timeout.TotalSeconds:0} s)");
            return (-1, output.ToString());
        }
        process.WaitForExit();
        lock (output) return (process.ExitCode, output.ToString());
    }
}
