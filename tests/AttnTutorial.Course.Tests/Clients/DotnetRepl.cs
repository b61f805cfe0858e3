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

    public static string? Executable { get; } = Find();

    /// <summary>CI must run these tests; only elsewhere (a laptop) may they be skipped.</summary>
    public static bool MaySkip => !Ci.Running && Executable is null;

    /// <summary>
    /// Runs <paramref name="notebook"/> (a path relative to the repository root) with <c>quick = true</c>, as a learner's
    /// unchanged chapter would run under .NET Interactive, and returns the executed notebook. The copy lives in a
    /// temporary mirror of the repository (<c>notebooks/</c> with the copy; <c>data/</c> linked; the chapters'
    /// <c>#r ".../src/AttnTutorial/bin/Release/net10.0/AttnTutorial.dll"</c> linked to <paramref name="libraryFolder"/>,
    /// the library and the patched TorchSharp shim this test project was built with), so relative paths resolve as in
    /// the checkout and nothing is written into it.
    /// </summary>
    public static JsonObject RunQuick(string notebook, string libraryFolder, TimeSpan timeout)
    {
        string executable = Executable ?? throw new InvalidOperationException(InstallHint);
        var mirror = Directory.CreateTempSubdirectory("attn-repl-");
        try
        {
            string copy = Path.Combine(mirror.FullName, notebook);
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.WriteAllText(copy, WithQuickTrue(File.ReadAllText(RepoPaths.File(notebook)), notebook));
            Directory.CreateSymbolicLink(Path.Combine(mirror.FullName, "data"), RepoPaths.File("data"));
            string release = Path.Combine(mirror.FullName, "src", "AttnTutorial", "bin", "Release");
            Directory.CreateDirectory(release);
            Directory.CreateSymbolicLink(Path.Combine(release, "net10.0"), libraryFolder.TrimEnd(Path.DirectorySeparatorChar));

            string output = Path.Combine(mirror.FullName, "executed.ipynb");
            var start = new ProcessStartInfo(executable) { WorkingDirectory = Path.GetDirectoryName(copy)! };
            foreach (string argument in new[] { "--run", copy, "--exit-after-run", "--output-format", "ipynb", "--output-path", output })
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
        finally
        {
            mirror.Delete(recursive: true);
        }
    }

    /// <summary>The notebook with <c>bool quick = false;</c> in its <c>parameters</c> cell set to true (what the course engine's <c>-p quick=true</c> does).</summary>
    /// <exception cref="InvalidOperationException">The notebook has no such line in a cell tagged <c>parameters</c>.</exception>
    public static string WithQuickTrue(string ipynb, string name)
    {
        var notebook = JsonNode.Parse(ipynb)!.AsObject();
        var parameters = notebook["cells"]!.AsArray().FirstOrDefault(c => c!["metadata"]?["tags"] is JsonArray tags && tags.Any(t => t!.GetValue<string>() == "parameters"))
            ?? throw new InvalidOperationException($"{name} has no cell tagged 'parameters'");
        var lines = parameters["source"] is JsonArray array ? array.Select(l => l!.GetValue<string>()).ToList() : [parameters["source"]!.GetValue<string>()];
        int found = lines.FindIndex(l => l.StartsWith("bool quick = false;", StringComparison.Ordinal));
        if (found < 0) throw new InvalidOperationException($"{name}: its parameters cell has no line 'bool quick = false;'");
        lines[found] = "bool quick = true;" + lines[found]["bool quick = false;".Length..];
        parameters["source"] = new JsonArray(lines.Select(l => (JsonNode?)JsonValue.Create(l)).ToArray());
        return notebook.ToJsonString();
    }

    private static string Tail(string text) => text.Length <= 4000 ? text : "…" + text[^4000..];

    private static string? Find()
    {
        if (Environment.GetEnvironmentVariable("DOTNET_REPL") is { Length: > 0 } configured) return File.Exists(configured) ? configured : null;
        string name = OperatingSystem.IsWindows() ? "dotnet-repl.exe" : "dotnet-repl";
        var folders = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Append(Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".dotnet", "tools"));
        return folders.Select(folder => Path.Combine(folder, name)).FirstOrDefault(File.Exists);
    }
}
