using System.Text.Json.Nodes;

namespace AttnTutorial.Course.Tests.Clients;

/// <summary>
/// Every chapter, unchanged but for quick = true, runs under .NET Interactive (dotnet-repl) without an error cell,
/// and its charts come as offline HTML: plotly.js once, from the library, and nothing from a CDN.
/// </summary>
public class DotNetInteractiveTests
{
    public static TheoryData<string> Chapters() => CourseNotebooks.Theory(CourseNotebooks.Chapters);

    [DotnetReplTheory]
    [MemberData(nameof(Chapters))]
    public void Chapter_QuickUnderDotnetRepl_NoErrorCellAndOfflineCharts(string notebook)
    {
        Assert.True(DotnetRepl.Executable is not null, DotnetRepl.InstallHint);

        var executed = DotnetRepl.RunQuick(notebook, AppContext.BaseDirectory, TimeSpan.FromMinutes(15));

        var outputs = executed["cells"]!.AsArray().Where(c => c!["cell_type"]!.GetValue<string>() == "code")
            .SelectMany(c => c!["outputs"] as JsonArray ?? []).Select(o => o!.AsObject()).ToList();
        var errors = outputs.Where(o => o["output_type"]!.GetValue<string>() == "error")
            .Select(o => $"{o["ename"]}: {o["evalue"]}").ToList();
        Assert.True(errors.Count == 0, $"{notebook}: {errors.Count} error cells under dotnet-repl:\n{string.Join("\n", errors.Take(5))}");
        var html = outputs.Select(o => Text(o["data"]?["text/html"])).Where(h => h.Length > 0).ToList();
        int charts = html.Count(h => h.Contains("class=\"plotly-figure\"", StringComparison.Ordinal));
        if (charts > 0) Assert.Equal(1, html.Count(h => h.Contains(AttnTutorial.Hosting.PlotlyJsLoader.Marker, StringComparison.Ordinal)));
        // Plotly.NET.Interactive's HTML would load require.js and plotly.js from CDNs (plotly.js itself names cdn.plot.ly for map data, so that is no sign).
        Assert.DoesNotContain(html, h => h.Contains("src=\"http", StringComparison.Ordinal) || h.Contains("requirejs", StringComparison.Ordinal));
    }

    [Fact]
    public void WithQuickTrue_SetsOnlyTheParameterLine()
    {
        string ipynb = """
            {"cells": [
              {"cell_type": "code", "metadata": {}, "source": ["bool quick = false;\n"], "outputs": []},
              {"cell_type": "code", "metadata": {"tags": ["parameters"]}, "source": ["// quick\n", "bool quick = false;   // fast\n", "int threads = 1;"], "outputs": []}
            ]}
            """;

        var cells = JsonNode.Parse(DotnetRepl.WithQuickTrue(ipynb, "test.ipynb"))!["cells"]!.AsArray();

        Assert.Equal("bool quick = false;\n", cells[0]!["source"]![0]!.GetValue<string>());
        Assert.Equal(["// quick\n", "bool quick = true;   // fast\n", "int threads = 1;"], cells[1]!["source"]!.AsArray().Select(l => l!.GetValue<string>()));
    }

    [Fact]
    public void WithQuickTrue_NoParametersCell_NamesTheNotebook()
    {
        var e = Assert.Throws<InvalidOperationException>(() => DotnetRepl.WithQuickTrue("""{"cells": []}""", "99-missing.ipynb"));

        Assert.Contains("99-missing.ipynb", e.Message, StringComparison.Ordinal);
    }

    private static string Text(JsonNode? node) =>
        node is JsonArray lines ? string.Concat(lines.Select(l => l!.GetValue<string>())) : node?.GetValue<string>() ?? "";
}
