using AttnTutorial.Plotting;

namespace AttnTutorial.Hosting;

/// <summary>
/// plotly.js as one HTML <c>script</c> element for notebook outputs, sent once per session before the first chart (as
/// plotly.py's offline mode does), so that charts draw without a network. Used by the course kernel and, under .NET
/// Interactive, by <see cref="NotebookChartHtml"/>.
/// </summary>
public static class PlotlyJsLoader
{
    /// <summary>Marks the loader in saved notebooks (tests look for it).</summary>
    public const string Marker = "plotly.js for the charts of the AttnTutorial course";

    private static readonly Lazy<string> Loader = new(() => Html(ChartExport.PlotlyJsScript));

    /// <summary>The loader with the plotly.js that Plotly.NET carries (about 3.6 MB).</summary>
    public static string Html() => Loader.Value;

    /// <summary>
    /// <paramref name="plotlyJs"/> inside a function whose <c>define</c>, <c>module</c> and <c>exports</c> are undefined, so
    /// that its UMD header sets <c>window.Plotly</c> even on pages with require.js (the classic Notebook), where it would
    /// otherwise register an anonymous AMD module and fail. Skipped when the page has plotly.js already.
    /// </summary>
    public static string Html(string plotlyJs) =>
        "<script type=\"text/javascript\">\n"
        + "/* " + Marker + ", sent once per session so that they draw offline */\n"
        + "if (!window.Plotly) { (function (define, module, exports) {\n"
        + plotlyJs
        + "\n}).call(window); }\n"
        + "</script>\n";
}
