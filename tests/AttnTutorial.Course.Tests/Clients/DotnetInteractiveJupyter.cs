using System.Text.Json;
using System.Text.Json.Nodes;

namespace AttnTutorial.Course.Tests.Clients;

/// <summary>
/// .NET Interactive's Jupyter kernel (Microsoft.dotnet-interactive 1.0.712001, <c>dotnet-interactive jupyter</c>) as JupyterLab
/// and nbclient start it: the kernelspec <c>dotnet interactive jupyter install</c> writes (no <c>interrupt_mode</c>, so Jupyter
/// interrupts with SIGINT), pointing at the tool, in a private Jupyter folder, driven by /usr/bin/python3's jupyter_client and
/// nbclient. The tool is <c>DOTNET_INTERACTIVE</c> (which .ci/run sets after <c>dotnet tool install</c>), else
/// <c>dotnet-interactive</c> on PATH or in ~/.dotnet/tools.
/// </summary>
public sealed class DotnetInteractiveJupyter : IDisposable
{
    /// <summary>The kernelspec's name, as .NET Interactive's installer names it.</summary>
    public const string KernelName = ".net-csharp";

    public const string InstallHint =
        "needs dotnet-interactive (dotnet tool install --global Microsoft.dotnet-interactive --version 1.0.712001, or set DOTNET_INTERACTIVE "
        + "to its executable) and /usr/bin/python3 with jupyter_client, nbclient and nbformat (sudo apt-get install python3-jupyter-client python3-nbclient python3-nbformat)";

    private static readonly Lazy<bool> ClientsPresent = new(() => SystemPython.Has("jupyter_client", "nbclient", "nbformat"));
    private readonly TempFolder _temp = new();

    public DotnetInteractiveJupyter()
    {
        if (Executable is null) return;
        string folder = PrivateJupyter.KernelSpecFolder(_temp.Path, KernelName);
        Directory.CreateDirectory(folder);
        var spec = new JsonObject
        {
            ["argv"] = new JsonArray(Executable, "jupyter", "--default-kernel", "csharp", "{connection_file}", "--http-port-range", "1000-3000"),
            ["display_name"] = ".NET (C#)",
            ["language"] = "C#",
            ["env"] = new JsonObject { ["DOTNET_INTERACTIVE_CLI_TELEMETRY_OPTOUT"] = "1", ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1" },
        };
        File.WriteAllText(Path.Combine(folder, "kernel.json"), spec.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
    }

    public static string? Executable { get; } = DotnetTool.Find("DOTNET_INTERACTIVE", "dotnet-interactive");

    public static bool Available => Executable is not null && ClientsPresent.Value;

    /// <summary>CI must run these tests; only elsewhere (a laptop) may they be skipped.</summary>
    public static bool MaySkip => !Ci.Running && !Available;

    /// <summary>Runs clients/<paramref name="script"/>; fails the test with the client's output unless it exits 0.</summary>
    public string RunClient(string script, IEnumerable<string> arguments, TimeSpan timeout)
    {
        Assert.True(Available, InstallHint);
        var (code, output) = PrivateJupyter.RunClient(_temp.Path, script, arguments, timeout);
        Assert.True(code == 0, $"{script} {string.Join(' ', arguments)} exited with {code}:\n{output}");
        return output;
    }

    public void Dispose() => _temp.Dispose();
}

[CollectionDefinition(Name)]
public sealed class DotnetInteractiveGroup : ICollectionFixture<DotnetInteractiveJupyter>
{
    // One .NET Interactive process at a time (dotnet-repl or the Jupyter kernel): each loads Roslyn, restores packages
    // and trains, and the CI machine has two cores.
    public const string Name = ".NET Interactive";
}
