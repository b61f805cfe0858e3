using System.Diagnostics;

namespace AttnTutorial.Kernel.Tests.Browser;

/// <summary>
/// What the browser tests drive: Debian's classic Notebook (<c>jupyter-notebook</c>, package jupyter-notebook), Node.js
/// with <c>puppeteer-core</c> (found through NODE_PATH, which .ci/run sets after installing it) and the system Chromium.
/// </summary>
internal static class BrowserTools
{
    public const string InstallHint =
        "needs jupyter-notebook, node and chromium (sudo apt-get install jupyter-notebook nodejs chromium) and puppeteer-core on NODE_PATH "
        + "(npm install --prefix ~/.cache/attntutorial-ci puppeteer-core@23.11.1; export NODE_PATH=~/.cache/attntutorial-ci/node_modules)";

    private static readonly Lazy<string?> Notebook = new(() => OnPath("jupyter-notebook"));
    private static readonly Lazy<string?> Node = new(() => OnPath("node"));
    private static readonly Lazy<bool> Puppeteer = new(() => Node.Value is not null && Run(Node.Value, ["-e", "require.resolve('puppeteer-core')"], TimeSpan.FromSeconds(30)).ExitCode == 0);

    public static string? JupyterNotebook => Notebook.Value;

    public static string? NodeJs => Node.Value;

    public static bool Available => JupyterNotebook is not null && Puppeteer.Value && Chromium.Executable is not null;

    /// <summary>CI must run these tests; only elsewhere (a laptop) may they be skipped.</summary>
    public static bool MaySkip => !Ci.Running && !Available;

    /// <summary>Runs a program to its end (killed after <paramref name="timeout"/>); returns its exit code, stdout and stderr.</summary>
    public static (int ExitCode, string Stdout, string Stderr) Run(
        string program, IEnumerable<string> arguments, TimeSpan timeout, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(program);
        foreach (string argument in arguments) start.ArgumentList.Add(argument);
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) start.Environment[name] = value;
        var (code, stdout, stderr, timedOut) = ExternalProcess.Run(start, timeout);
        return (code, stdout, timedOut ? stderr + $"(killed after {timeout.TotalSeconds:0} s)\n" : stderr);
    }

    private static string? OnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, name))
            .FirstOrDefault(File.Exists);
}
