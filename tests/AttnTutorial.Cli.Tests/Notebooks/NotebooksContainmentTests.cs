using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using AttnTutorial.Notebooks.Ipynb;

namespace AttnTutorial.Cli.Tests.Notebooks;

/// <summary>
/// <c>notebooks run</c> runs each notebook in a child process: a cell that ends its process or outlives its timeout
/// costs that notebook only, is named in the report, and leaves an executed copy behind.
/// </summary>
[Collection(ConsoleSwappingTests.Name)]
public class NotebooksContainmentTests
{
    private static string Write(TempFolder folder, string name, params string[] codeCells)
    {
        var notebook = new Notebook();
        foreach (string code in codeCells) notebook.Cells.Add(new NotebookCell(CellType.Code, code));
        IpynbWriter.WriteFile(notebook, folder.File(name));
        return folder.File(name);
    }

    private static List<JsonObject> Outputs(string executedPath, int cell) =>
        IpynbReader.ReadFile(executedPath).Cells[cell].Outputs.Select(o => o!.AsObject()).ToList();

    private static string Text(JsonObject output) => string.Concat(output["text"]!.AsArray().Select(l => (string?)l));

    [Fact]
    public void Run_CellCallsEnvironmentExit_ReportsTheCellKeepsItsOutputAndRunsTheNextNotebook()
    {
        using var folder = new TempFolder();
        string exits = Write(folder, "a-exits.ipynb", "int x = 1;", "Console.WriteLine(\"before\");\nEnvironment.Exit(3);", "Console.WriteLine(\"never\");");
        string next = Write(folder, "b-next.ipynb", "Console.WriteLine(\"next ran\");");

        var (code, stdout, stderr) = NotebooksCommandTests.Cli("run", exits, next, "--out", folder.File("out"));

        Assert.Equal(1, code);
        Assert.Contains("error: cell 2 of a-exits.ipynb ended the process: exit code 3", stderr, StringComparison.Ordinal);
        Assert.Matches(@"a-exits\.ipynb\s+2/3\s+\d+\.\d\s+FAILED", stdout);
        Assert.Matches(@"b-next\.ipynb\s+1/1\s+\d+\.\d\s+ok", stdout);
        var exited = Outputs(folder.File("out/a-exits.ipynb"), 1);
        Assert.Equal("before\n", Text(exited[0]));
        Assert.Equal(("error", "ProcessEnded"), ((string?)exited[1]["output_type"], (string?)exited[1]["ename"]));
        Assert.Empty(Outputs(folder.File("out/a-exits.ipynb"), 2));
        Assert.Equal("next ran\n", Text(Outputs(folder.File("out/b-next.ipynb"), 0).Single()));
    }

    [Fact]
    public void Run_InfiniteRecursion_ReportsAStackOverflowInThatCell()
    {
        using var folder = new TempFolder();
        string path = Write(folder, "recurses.ipynb", "int Deeper(int n) => Deeper(n + 1) + 1;", "Deeper(0)");

        var (code, _, stderr) = NotebooksCommandTests.Cli("run", path, "--out", folder.File("out"));

        Assert.Equal(1, code);
        Assert.Contains("error: cell 2 of recurses.ipynb ended the process: stack overflow (", stderr, StringComparison.Ordinal);
        Assert.Contains("Deeper(Int32) repeated ", stderr, StringComparison.Ordinal);
        Assert.Equal("ProcessEnded", (string?)Outputs(folder.File("out/recurses.ipynb"), 1).Single()["ename"]);
    }

    [Fact]
    public void Run_TimedOutCellThatKeepsPrinting_IsStoppedAndNothingItPrintsLaterLandsAnywhere()
    {
        using var folder = new TempFolder();
        string path = Write(folder, "loops.ipynb",
            $"File.WriteAllText(@\"{folder.File("worker.pid")}\", Environment.ProcessId.ToString());",
            $"for (int i = 0; ; i++) {{ Console.WriteLine($\"tick {{i}}\"); File.AppendAllText(@\"{folder.File("ticks.txt")}\", \".\"); Thread.Sleep(5); }}",
            "Console.WriteLine(\"never\");");

        var (code, stdout, stderr) = NotebooksCommandTests.Cli("run", path, "--out", folder.File("out"), "--timeout", "8");
        long ticksWhenDone = Length(folder.File("ticks.txt"));
        string executedWhenDone = File.ReadAllText(folder.File("out/loops.ipynb"));
        Thread.Sleep(1000);

        Assert.Equal(1, code);
        Assert.Contains("error: loops.ipynb, cell 2: cell 2 did not finish within the cell timeout of 8 s", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("tick", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("tick", stderr, StringComparison.Ordinal);
        // The worker is gone, so the loop wrote nothing more; the executed copy ends with the timeout error.
        int pid = int.Parse(File.ReadAllText(folder.File("worker.pid")), CultureInfo.InvariantCulture);
        Assert.True(IsGone(pid), $"worker process {pid} is still running");
        Assert.Equal(ticksWhenDone, Length(folder.File("ticks.txt")));
        Assert.Equal(executedWhenDone, File.ReadAllText(folder.File("out/loops.ipynb")));
        var outputs = Outputs(folder.File("out/loops.ipynb"), 1);
        Assert.Equal("TimeoutError", (string?)outputs[^1]["ename"]);
        Assert.All(outputs[..^1], o => Assert.Equal("stream", (string?)o["output_type"]));
    }

    /// <summary>The file's length; 0 when it does not exist (on a very busy machine the loop may not have begun).</summary>
    private static long Length(string path) => File.Exists(path) ? new FileInfo(path).Length : 0;

    private static bool IsGone(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return process.HasExited;
        }
        catch (ArgumentException)
        {
            return true;
        }
    }

    [Fact]
    public void Run_InProcess_RunsTheNotebookInThisProcess()
    {
        using var folder = new TempFolder();
        string path = Write(folder, "pid.ipynb", "Console.Write(Environment.ProcessId);");

        var (contained, _, containedErr) = NotebooksCommandTests.Cli("run", path, "--out", folder.File("contained"));
        var (inProcess, _, inProcessErr) = NotebooksCommandTests.Cli("run", path, "--out", folder.File("in-process"), "--in-process");

        Assert.True(contained == 0, containedErr);
        Assert.True(inProcess == 0, inProcessErr);
        Assert.NotEqual(Environment.ProcessId.ToString(CultureInfo.InvariantCulture), Text(Outputs(folder.File("contained/pid.ipynb"), 0).Single()));
        Assert.Equal(Environment.ProcessId.ToString(CultureInfo.InvariantCulture), Text(Outputs(folder.File("in-process/pid.ipynb"), 0).Single()));
    }
}
