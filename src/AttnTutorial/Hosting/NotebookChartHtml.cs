using System.Globalization;
using Plotly.NET;

namespace AttnTutorial.Hosting;

/// <summary>
/// A chart as notebook HTML that needs no network: a <c>div</c> drawn by the page's plotly.js, preceded by plotly.js
/// itself (<see cref="PlotlyJsLoader"/>) the first time in this process. .NET Interactive shows charts with it in place
/// of Plotly.NET.Interactive's HTML, which fetches require.js and plotly.js from CDNs.
/// </summary>
public static class NotebookChartHtml
{
    private static int _loaderSent;

    /// <summary>True once a chart's HTML carried plotly.js.</summary>
    public static bool LoaderSent => Volatile.Read(ref _loaderSent) != 0;

    /// <summary>The HTML for <paramref name="chart"/>; the first call in a process includes plotly.js.</summary>
    public static string Render(GenericChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        string loader = Interlocked.Exchange(ref _loaderSent, 1) == 0 ? PlotlyJsLoader.Html() : "";
        return loader + Figure(chart);
    }

    /// <summary>The chart's <c>div</c> and drawing script alone.</summary>
    public static string Figure(GenericChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        string id = "attn-chart-" + Guid.NewGuid().ToString("N")[..12];
        string json = GenericChart.toFigureJson(chart).Replace("</", "<\\/", StringComparison.Ordinal);
        return string.Create(CultureInfo.InvariantCulture, $$"""
            <div id="{{id}}" class="plotly-figure"></div>
            <script type="text/javascript">
            (function () {
              var figure = {{json}};
              var el = document.getElementById("{{id}}");
              if (window.Plotly) { window.Plotly.newPlot(el, figure.data, figure.layout, figure.config); }
              else { el.textContent = "This chart needs plotly.js, which is sent with the first chart of a session: run the notebook again."; }
            })();
            </script>
            """);
    }
}
