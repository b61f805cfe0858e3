using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;

namespace AttnTutorial.Notebooks.Formatting;

/// <summary>
/// Plotly.NET charts: the figure as <c>application/vnd.plotly.v1+json</c> (data, layout, config) for Jupyter's Plotly
/// renderer and the HTML book, plus a <c>text/html</c> fallback that draws with an already loaded plotly.js and never
/// fetches one from the network (the course kernel sends plotly.js once per session, before the first chart).
/// </summary>
internal static class PlotlyFormatter
{
    private const string ChartTypeName = "Plotly.NET.GenericChart";

    public static bool IsChart(object value) => TypeMatch.IsOrDerivesFrom(value, ChartTypeName);

    // Kept apart so that Plotly.NET and FSharp.Core load only when a chart is actually shown.
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static MimeBundle Format(object chart)
    {
        string json = Plotly.NET.GenericChart.toJson((Plotly.NET.GenericChart)chart);
        var figure = JsonNode.Parse(json)!.AsObject();
        int traces = figure["data"] is JsonArray data ? data.Count : 0;
        string id = "plotly-" + Guid.NewGuid().ToString("N")[..12];
        string html = string.Create(CultureInfo.InvariantCulture, $$"""
            <div id="{{id}}" class="plotly-figure"></div>
            <script type="text/javascript">
            (function () {
              var figure = {{EscapeForScript(json)}};
              var el = document.getElementById("{{id}}");
              if (window.Plotly) { window.Plotly.newPlot(el, figure.data, figure.layout, figure.config); }
              else { el.textContent = "This Plotly chart needs plotly.js, which this page has not loaded. The C# (AttnTutorial) kernel sends it before a session's first chart: run the notebook again, or trust it if it is yours."; }
            })();
            </script>
            """);
        return new MimeBundle(
        [
            new(MimeBundle.Plotly, figure),
            new(MimeBundle.Html, JsonValue.Create(html)),
            new(MimeBundle.PlainText, JsonValue.Create($"Plotly chart ({traces} trace{(traces == 1 ? "" : "s")})")),
        ]);
    }

    /// <summary>JSON placed inside a script element must not contain "&lt;/" (it would end the element early).</summary>
    public static string EscapeForScript(string json) => json.Replace("</", "<\\/", StringComparison.Ordinal);
}
