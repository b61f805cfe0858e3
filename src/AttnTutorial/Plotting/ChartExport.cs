using System.Globalization;
using System.Net;
using System.Text;
using AttnTutorial.IO;
using Plotly.NET;

namespace AttnTutorial.Plotting;

/// <summary>
/// Saves charts as one self-contained HTML file that works offline: plotly.js (the copy Plotly.NET carries
/// inside its assembly) is inlined once, and nothing is loaded from a CDN.
/// </summary>
public static class ChartExport
{
    private static readonly Lazy<(string Version, string Script)> PlotlyJs = new(LoadPlotlyJs);

    /// <summary>The plotly.js version that is embedded (the one inside Plotly.NET, e.g. "2.28.0").</summary>
    public static string PlotlyJsVersion => PlotlyJs.Value.Version;

    /// <summary>The embedded plotly.js, safe inside a script element (notebook hosts send it once, see Hosting/PlotlyJsLoader).</summary>
    internal static string PlotlyJsScript => PlotlyJs.Value.Script;

    /// <summary>Saves one chart; see <see cref="SaveHtml(IEnumerable{GenericChart}, string, string?)"/>.</summary>
    /// <param name="chart">The chart.</param>
    /// <param name="path">Where to write; missing folders are created and an existing file is replaced.</param>
    /// <param name="title">The page title; by default the file name.</param>
    public static void SaveHtml(GenericChart chart, string path, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(chart);
        SaveHtml([chart], path, title);
    }

    /// <summary>
    /// Saves charts, one below the other, to a single HTML file. The file is written next to its destination
    /// under a temporary name and then renamed, so a failed write never leaves half a file or destroys the old one.
    /// </summary>
    /// <param name="charts">The charts, in page order.</param>
    /// <param name="path">Where to write; missing folders are created and an existing file is replaced.</param>
    /// <param name="title">The page title; by default the file name.</param>
    /// <exception cref="IOException">The file could not be written; the message names the path.</exception>
    public static void SaveHtml(IEnumerable<GenericChart> charts, string path, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(charts);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        string fullPath;
        try
        {
            fullPath = Path.GetFullPath(path);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            throw new ArgumentException($"'{path}' is not a valid file path: {e.Message}", nameof(path), e);
        }

        if (Directory.Exists(fullPath))
        {
            throw new IOException($"Cannot write chart HTML to '{fullPath}': it is a directory.");
        }

        var html = ToHtml(charts, title ?? Path.GetFileNameWithoutExtension(fullPath));
        try
        {
            AtomicFile.Write(fullPath, stream =>
            {
                using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), leaveOpen: true);
                writer.Write(html);
            });
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new IOException($"Cannot write chart HTML to '{fullPath}': {e.Message}", e);
        }
    }

    /// <summary>The HTML document <see cref="SaveHtml(IEnumerable{GenericChart}, string, string?)"/> writes.</summary>
    /// <param name="charts">The charts, in page order; at least one.</param>
    /// <param name="title">The page title.</param>
    public static string ToHtml(IEnumerable<GenericChart> charts, string title = "Charts")
    {
        ArgumentNullException.ThrowIfNull(charts);
        var list = charts.ToList();
        if (list.Count == 0)
        {
            throw new ArgumentException("charts is empty; there is nothing to save.", nameof(charts));
        }

        var (version, script) = PlotlyJs.Value;
        var html = new StringBuilder(script.Length + 4096);
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<title>").Append(WebUtility.HtmlEncode(title)).Append("</title>\n")
            .Append("<style>body { font-family: sans-serif; margin: 16px; } .chart { margin-bottom: 32px; }</style>\n")
            .Append(CultureInfo.InvariantCulture, $"<!-- plotly.js {version} (MIT licence), embedded from Plotly.NET so the page works offline. -->\n")
            .Append("<script>").Append(script).Append("</script>\n</head>\n<body>\n");
        for (var i = 0; i < list.Count; i++)
        {
            ArgumentNullException.ThrowIfNull(list[i], $"charts[{i}]");
            var id = string.Create(CultureInfo.InvariantCulture, $"chart-{i}");
            html.Append(CultureInfo.InvariantCulture, $"<div id=\"{id}\" class=\"chart\"></div>\n")
                .Append("<script>\n(function () {\n  var figure = ").Append(ScriptSafe(GenericChart.toFigureJson(list[i]))).Append(";\n")
                .Append(CultureInfo.InvariantCulture, $"  Plotly.newPlot(\"{id}\", figure.data, figure.layout, {{ responsive: true, displaylogo: false }});\n")
                .Append("})();\n</script>\n");
        }

        return html.Append("</body>\n</html>\n").ToString();
    }

    /// <summary>JSON inside a script element must not contain "&lt;/" (e.g. "&lt;/script&gt;" in a title); "&lt;\/" means the same in JSON.</summary>
    private static string ScriptSafe(string json) => json.Replace("</", "<\\/", StringComparison.Ordinal);

    private static (string Version, string Script) LoadPlotlyJs()
    {
        var assembly = typeof(GenericChart).Assembly;
        var name = assembly.GetManifestResourceNames()
            .SingleOrDefault(n => n.StartsWith("Plotly.NET.plotly-", StringComparison.Ordinal) && n.EndsWith(".min.js", StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"plotly.js is not embedded in {assembly.GetName().Name} {assembly.GetName().Version}; offline export needs it.");
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var version = name["Plotly.NET.plotly-".Length..^".min.js".Length];
        // "</script" inside the code would end the element early; "<\/script" means the same to JavaScript.
        return (version, reader.ReadToEnd().Replace("</script", "<\\/script", StringComparison.OrdinalIgnoreCase));
    }
}
