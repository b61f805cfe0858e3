using System.Text.Json.Nodes;

namespace AttnTutorial.Kernel.Tests.Jupyter;

/// <summary>Whole notebooks executed by nbclient (what `jupyter nbconvert --execute` uses) on the kernel (clients/run_notebook.py).</summary>
[Collection(JupyterClientsGroup.Name)]
public class NotebookExecutionTests(JupyterFixture jupyter)
{
    private JsonArray Execute(string notebook, TimeSpan timeout)
    {
        string executed = Path.Combine(jupyter.Folder, Path.GetFileNameWithoutExtension(notebook) + ".executed.ipynb");
        jupyter.RunClient("run_notebook.py", [notebook, executed, "600"], timeout);
        return JsonNode.Parse(File.ReadAllText(executed))!["cells"]!.AsArray();
    }

    private static List<JsonObject> Outputs(JsonArray cells, int codeCell) =>
        cells.Where(c => c!["cell_type"]!.GetValue<string>() == "code").ElementAt(codeCell)!["outputs"]!.AsArray().Select(o => o!.AsObject()).ToList();

    private static string Text(JsonNode? node) =>
        node is JsonArray lines ? string.Concat(lines.Select(l => l!.GetValue<string>())) : node?.GetValue<string>() ?? "";

    [JupyterFact]
    public void SmokeNotebook_TorchSharpPlotlyAndDisplayUpdate()
    {
        var cells = Execute(Path.Combine(AppContext.BaseDirectory, "notebooks", "kernel-smoke.ipynb"), TimeSpan.FromMinutes(5));

        var shape = Assert.Single(Outputs(cells, 0));
        Assert.Equal("execute_result", shape["output_type"]!.GetValue<string>());
        Assert.Contains("3", Text(shape["data"]!["text/plain"]), StringComparison.Ordinal);

        var stream = Assert.Single(Outputs(cells, 1));
        Assert.Equal("stream", stream["output_type"]!.GetValue<string>());
        Assert.Equal("sum = 6\n", Text(stream["text"]));

        // The session's first chart comes after plotly.js, so that clients drawing it from its HTML need no network.
        var chartOutputs = Outputs(cells, 2);
        Assert.Equal(2, chartOutputs.Count);
        var loader = chartOutputs[0];
        Assert.Equal("display_data", loader["output_type"]!.GetValue<string>());
        Assert.Contains("plotly.js for the charts of the AttnTutorial course", Text(loader["data"]!["text/html"]), StringComparison.Ordinal);
        var chart = chartOutputs[1];
        Assert.Equal("execute_result", chart["output_type"]!.GetValue<string>());
        var figure = chart["data"]!["application/vnd.plotly.v1+json"]!.AsObject();
        Assert.Equal(3, figure["data"]![0]!["x"]!.AsArray().Count);
        Assert.Contains("Plotly.newPlot", Text(chart["data"]!["text/html"]), StringComparison.Ordinal);

        var progress = Assert.Single(Outputs(cells, 3));
        Assert.Equal("display_data", progress["output_type"]!.GetValue<string>());
        Assert.Equal("epoch 3", Text(progress["data"]!["text/plain"]));
    }

    [ChapterNotebookFact("01-softmax-weighting.ipynb")]
    public void Chapter01_RunsWithoutErrors()
    {
        var cells = Execute(Path.Combine(RepoPaths.CourseNotebooks, "01-softmax-weighting.ipynb"), TimeSpan.FromMinutes(10));

        var errors = cells.SelectMany(c => c!["outputs"] is JsonArray o ? o : []).Where(o => o!["output_type"]!.GetValue<string>() == "error").ToList();
        Assert.Empty(errors);
        Assert.Contains(cells, c => c!["outputs"] is JsonArray { Count: > 0 });
    }
}
