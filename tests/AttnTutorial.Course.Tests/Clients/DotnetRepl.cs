using System.Diagnostics;
using System.Text.Json.Nodes;

namespace AttnTutorial.Course.Tests.Clients;

/// <summary>
/// dotnet-repl 0.3.259 (.NET Interactive's kernels in a console): <c>DOTNET_REPL</c> (which .ci/run sets after
/// <c>dotnet tool install</c>), else <c>dotnet-repl</c> on PATH or in ~/.dotnet/tools.
/// </summary>
internal static class DotnetRepl
{
    public const string InstallHint =
        "needs dotnet-repl: dotnet tool install --global dotnet-repl --version 0.3.259 (or set DOTNET_REPL to its executable)";

    public static string? Executable { get; } = DotnetTool.Find("DOTNET_REPL", "dotnet-repl");

    /// <summary>CI must run these tests; only elsewhere (a laptop) may they be skipped.</summary>
    public static bool MaySkip => !Ci.Running && Executable is null;

    /// <summary>
    /// Runs <paramref name="notebook"/> (a path relative to the repository root) with <c>quick = true</c>, as a learner's
    /// unchanged chapter would run under .NET Interactive, from a <see cref="CourseMirror"/> with the library in
    /// <paramref name="libraryFolder"/>, and returns the executed notebook.
    /// </summary>
    public static JsonObject RunQuick(string notebook, string libraryFolder, TimeSpan timeout)
    {
        string executable = Executable ?? throw new InvalidOperationException(InstallHint);
        using var mirror = CourseMirror.Create(notebook, libraryFolder, quick: true);
        string output = Path.Combine(mirror.Root, "executed.ipynb");
        var start = new ProcessStartInfo(executable) { WorkingDirectory = Path.GetDirectoryName(mirror.Notebook)! };
        foreach (string argument in new[] { "--run", mirror.Notebook, "--exit-after-run", "--output-format", "ipynb", "--output-path", output })
            start.ArgumentList.Add(argument);
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_INTERACTIVE_CLI_TELEMETRY_OPTOUT"] = "1";
        var (code, stdout, stderr, timedOut) = ExternalProcess.Run(start, timeout);
        if (timedOut)
            throw new TimeoutException($"dotnet-repl did not finish {notebook} within {timeout.TotalMinutes:0} min:\n{Tail(stdout + stderr)}");
        if (!File.Exists(output))
            throw new InvalidOperationException($"dotnet-repl exited with {code} on {notebook} and wrote no notebook:\n{Tail(stdout + stderr)}");
        return JsonNode.Parse(File.ReadAllText(output))!.AsObject();
    }

    private static string Tail(string text) => text.Length <= 4000 ? text : "…" + text[^4000..];
}
