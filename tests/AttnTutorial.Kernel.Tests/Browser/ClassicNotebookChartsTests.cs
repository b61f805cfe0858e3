using System.Text.Json.Nodes;
using AttnTutorial.Kernel.Tests.Jupyter;

namespace AttnTutorial.Kernel.Tests.Browser;

/// <summary>
/// Chapter 01 in Debian's classic Jupyter Notebook, driven by headless Chromium without network: every chart must be
/// drawn as SVG through the course kernel, and again after the notebook is saved and reloaded.
/// </summary>
[Collection(JupyterClientsGroup.Name)]
public class ClassicNotebookChartsTests(JupyterFixture jupyter)
{
    private const string Chapter = "01-softmax-weighting.ipynb";

    [BrowserFact]
    public void Chapter01_RunAndReload_DrawsEveryChartOffline()
    {
        Assert.True(BrowserTools.Available, BrowserTools.InstallHint);
        using var folder = new TempFolder();
        File.Copy(Path.Combine(RepoPaths.CourseNotebooks, Chapter), folder.File(Chapter));
        using var server = new ClassicNotebookServer(folder.Path, jupyter.Environment);

        var environment = new Dictionary<string, string> { ["NODE_PATH"] = Environment.GetEnvironmentVariable("NODE_PATH") ?? "" };
        var (code, stdout, stderr) = BrowserTools.Run(
            BrowserTools.NodeJs!, [Path.Combine(AppContext.BaseDirectory, "clients", "notebook_charts.js"), server.NotebookUrl(Chapter), Chromium.Executable!, "540"],
            TimeSpan.FromMinutes(10), environment);
        Assert.True(code == 0, $"notebook_charts.js exited with {code}:\n{stdout}\n{stderr}\nserver log:\n{server.Log}");
        var report = JsonNode.Parse(stdout.Trim().Split('\n')[^1])!;
        var saved = JsonNode.Parse(File.ReadAllText(folder.File(Chapter)))!;
        var outputs = saved["cells"]!.AsArray().SelectMany(c => c!["outputs"] as JsonArray ?? []).Select(o => o!.AsObject()).ToList();
        int chartOutputs = outputs.Count(o => o["data"]?["application/vnd.plotly.v1+json"] is not null);

        Assert.True(chartOutputs >= 3, $"chapter 01 should show several charts; the saved notebook has {chartOutputs}");
        Assert.Single(outputs, o => (o["data"]?["text/html"]?.ToJsonString() ?? "").Contains("plotly.js for the charts of the AttnTutorial course", StringComparison.Ordinal));
        Assert.Empty(report["pageErrors"]!.AsArray());
        foreach (string state in new[] { "run", "reload" })
        {
            var page = report[state]!;
            Assert.Equal(page["codeCells"]!.GetValue<int>(), page["executed"]!.GetValue<int>());
            Assert.Equal(0, page["errors"]!.GetValue<int>());
            Assert.Equal(0, page["missingPlotly"]!.GetValue<int>());
            Assert.Equal(chartOutputs, page["charts"]!.GetValue<int>());
            Assert.True(chartOutputs == page["drawn"]!.GetValue<int>(), $"{state}: {page["drawn"]} of {chartOutputs} charts drawn as SVG ({report.ToJsonString()})");
        }
        Assert.True(report["reload"]!["trusted"]!.GetValue<bool>(), "a notebook the user ran and saved must reopen trusted, or its charts' scripts do not run");
    }
}
