using System.Text.Json.Nodes;

namespace AttnTutorial.Course.Tests.Clients;

/// <summary>What a chapter executed by another host must show: no error output, and charts as offline HTML.</summary>
internal static class ExecutedNotebook
{
    /// <summary>
    /// Fails unless <paramref name="executed"/> has no error output and its charts came as offline HTML (plotly.js once,
    /// from the library, and nothing from a CDN); returns the number of charts.
    /// </summary>
    public static int AssertNoErrorsAndOfflineCharts(JsonObject executed, string notebook, string host)
    {
        var outputs = executed["cells"]!.AsArray().Where(c => c!["cell_type"]!.GetValue<string>() == "code")
            .SelectMany(c => c!["outputs"] as JsonArray ?? []).Select(o => o!.AsObject()).ToList();
        var errors = outputs.Where(o => o["output_type"]!.GetValue<string>() == "error")
            .Select(o => $"{o["ename"]}: {o["evalue"]}").ToList();
        Assert.True(errors.Count == 0, $"{notebook}: {errors.Count} error cells under {host}:\n{string.Join("\n", errors.Take(5))}");
        var html = outputs.Select(o => Text(o["data"]?["text/html"])).Where(h => h.Length > 0).ToList();
        int charts = html.Count(h => h.Contains("class=\"plotly-figure\"", StringComparison.Ordinal));
        if (charts > 0) Assert.Equal(1, html.Count(h => h.Contains(AttnTutorial.Hosting.PlotlyJsLoader.Marker, StringComparison.Ordinal)));
        // Plotly.NET.Interactive's HTML would load require.js and plotly.js from CDNs (plotly.js itself names cdn.plot.ly for map data, so that is no sign).
        Assert.DoesNotContain(html, h => h.Contains("src=\"http", StringComparison.Ordinal) || h.Contains("requirejs", StringComparison.Ordinal));
        return charts;
    }

    private static string Text(JsonNode? node) =>
        node is JsonArray lines ? string.Concat(lines.Select(l => l!.GetValue<string>())) : node?.GetValue<string>() ?? "";
}
