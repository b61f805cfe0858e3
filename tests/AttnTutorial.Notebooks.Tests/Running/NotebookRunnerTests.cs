using System.Text.Json.Nodes;
using AttnTutorial.Notebooks.Ipynb;
using AttnTutorial.Notebooks.Running;

namespace AttnTutorial.Notebooks.Tests.Running;

public class NotebookRunnerTests
{
    private static string WriteNotebook(TempFolder folder, string name, params string[] codeCells)
    {
        var notebook = new Notebook();
        notebook.Cells.Add(new NotebookCell(CellType.Markdown, "# Test"));
        foreach (string code in codeCells) notebook.Cells.Add(new NotebookCell(CellType.Code, code));
        string path = folder.File(name);
        IpynbWriter.WriteFile(notebook, path);
        return path;
    }

    [Fact]
    public async Task RunFileAsync_Notebook_FillsOutputsAndCountsAndLeavesTheSourceAlone()
    {
        using var folder = new TempFolder();
        string path = WriteNotebook(folder, "nb.ipynb",
            "var h = display(\"0%\");\nfor (int i = 1; i <= 3; i++) { Console.Write($\"\\rstep {i}\"); h.Update($\"{i * 33}%\"); }\nConsole.WriteLine();",
            "Console.WriteLine(\"a\"); Console.WriteLine(\"b\");\n6 * 7");
        string before = File.ReadAllText(path);

        var result = await new NotebookRunner().RunFileAsync(path);

        Assert.True(result.Succeeded, result.FirstError);
        Assert.Equal(before, File.ReadAllText(path));
        var cells = result.Executed.Cells.Where(c => c.Type == CellType.Code).ToList();
        Assert.Equal([1, 2], cells.Select(c => c.ExecutionCount));
        var first = cells[0].Outputs.Select(o => o!.AsObject()).ToList();
        Assert.Equal("display_data", (string?)first[0]["output_type"]);
        Assert.Equal("[\"99%\"]", first[0]["data"]!["text/plain"]!.ToJsonString());
        Assert.Equal("[\"step 3\\n\"]", first[1]["text"]!.ToJsonString());
        var second = cells[1].Outputs.Select(o => o!.AsObject()).ToList();
        Assert.Equal("[\"a\\n\",\"b\\n\"]", second[0]["text"]!.ToJsonString());
        Assert.Equal("execute_result", (string?)second[1]["output_type"]);
        Assert.Equal(2, (int)second[1]["execution_count"]!);
    }

    [Fact]
    public async Task RunFileAsync_FailingCell_StopsThereAndNamesNotebookCellAndLine()
    {
        using var folder = new TempFolder();
        string path = WriteNotebook(folder, "broken.ipynb", "int a = 1;", "int b = a +\n  nope;", "Console.WriteLine(\"never\");");

        var result = await new NotebookRunner().RunFileAsync(path);

        Assert.False(result.Succeeded);
        Assert.Equal(2, result.CellsRun);
        Assert.Equal("broken.ipynb, cell 3, line 2, column 3: error CS0103: The name 'nope' does not exist in the current context", result.FirstError);
        var error = result.Executed.Cells[2].Outputs.Single()!.AsObject();
        Assert.Equal("error", (string?)error["output_type"]);
        Assert.Equal("CompilationError", (string?)error["ename"]);
        Assert.Null(result.Executed.Cells[3].ExecutionCount);
        Assert.Empty(result.Executed.Cells[3].Outputs);
    }

    [Fact]
    public async Task RunFileAsync_AllowErrors_RunsOnAndSucceeds()
    {
        using var folder = new TempFolder();
        string path = WriteNotebook(folder, "nb.ipynb", "throw new Exception(\"first\");", "Console.WriteLine(\"still here\");");

        var result = await new NotebookRunner(new RunOptions { AllowErrors = true }).RunFileAsync(path);

        Assert.True(result.Succeeded);
        Assert.Equal(2, result.CellsRun);
        Assert.Equal("System.Exception", result.Errors.Single().Name);
    }

    [Fact]
    public async Task RunFileAsync_CellInAnotherLanguage_IsAnErrorNamingIt()
    {
        using var folder = new TempFolder();
        var notebook = new Notebook();
        var cell = new NotebookCell(CellType.Code, "let x = 1");
        cell.Metadata["polyglot_notebook"] = new JsonObject { ["kernelName"] = "fsharp" };
        notebook.Cells.Add(cell);
        string path = folder.File("fs.ipynb");
        IpynbWriter.WriteFile(notebook, path);

        var result = await new NotebookRunner().RunFileAsync(path);

        Assert.False(result.Succeeded);
        Assert.Equal("fs.ipynb, cell 1: the cell is in F# (#!fsharp); this engine runs only C# cells", result.FirstError);
    }

    [Fact]
    public async Task RunFileAsync_Timeout_StopsTheRunEvenWithAllowErrors()
    {
        using var folder = new TempFolder();
        string path = WriteNotebook(folder, "slow.ipynb", "while (!CellCancellationToken.IsCancellationRequested) Thread.Sleep(10);", "1");

        var result = await new NotebookRunner(new RunOptions { CellTimeout = TimeSpan.FromSeconds(1), AllowErrors = true }).RunFileAsync(path);

        Assert.False(result.Succeeded);
        Assert.Equal(1, result.CellsRun);
        Assert.Equal("slow.ipynb, cell 2: cell 2 did not finish within the cell timeout of 1 s; the run was stopped (raise the timeout to allow longer cells)", result.FirstError);
    }

    [Fact]
    public async Task RunFileAsync_Dib_RunsItsCSharpCells()
    {
        using var folder = new TempFolder();
        string path = folder.File("nb.dib");
        File.WriteAllText(path, "#!markdown\n\n# Dib\n\n#!csharp\n\nvar x = 2;\n\n#!csharp\n\nx * 21");

        var result = await new NotebookRunner().RunFileAsync(path);

        Assert.True(result.Succeeded, result.FirstError);
        Assert.Equal("[\"42\"]", result.Executed.Cells[2].Outputs.Single()!["data"]!["text/plain"]!.ToJsonString());
    }

    [NbformatFact]
    public async Task RunFileAsync_ExecutedNotebook_IsValidForJupyter()
    {
        using var folder = new TempFolder();
        var runner = new NotebookRunner(new RunOptions { Parameters = new Dictionary<string, string> { ["quick"] = "true" } });
        var result = await runner.RunFileAsync(Path.Combine(RepoPaths.TestNotebooks, "02-chart.ipynb"));
        Assert.True(result.Succeeded, result.FirstError);
        string path = folder.File("executed.ipynb");

        IpynbWriter.WriteFile(result.Executed, path);

        Assert.Null(PythonNbformat.Validate(path));
        Assert.Equal(PythonNbformat.Rewrite(path), File.ReadAllText(path));
    }
}
