using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using AttnTutorial.Notebooks.Formatting;
using AttnTutorial.Notebooks.Ipynb;

namespace AttnTutorial.Notebooks.Rendering;

/// <summary>
/// One Jupyter output object to HTML for the book. For rich outputs the richest representation the book can show wins:
/// Plotly figure, HTML, SVG, PNG/JPEG, markdown, then plain text.
/// </summary>
/// <param name="markdownRenderer">Renders text/markdown outputs (math typeset, headings with ids unique on the page).</param>
/// <param name="figureIdPrefix">Starts each figure's element id, so that figures of several chapters on one page stay apart.</param>
internal sealed partial class OutputHtmlRenderer(MarkdownRenderer markdownRenderer, string figureIdPrefix)
{
    private int _figures;

    /// <summary>True once a Plotly figure was rendered: the page must then embed plotly.js.</summary>
    public bool UsesPlotly => _figures > 0;

    [GeneratedRegex(@"\x1b\[[0-9;]*[A-Za-z]")]
    private static partial Regex AnsiEscape();

    /// <summary>
    /// The output's HTML, and whether it was rendered from markdown: only that HTML has ids and links of the page's own,
    /// which the print page rewrites (<see cref="PrintAnchors"/>).
    /// </summary>
    public (string Html, bool FromMarkdown) Render(JsonObject output)
    {
        string type = (string?)output["output_type"] ?? "";
        if (type is "display_data" or "execute_result" && output["data"] is JsonObject data)
        {
            string html = RenderData(data, out bool fromMarkdown);
            return (html, fromMarkdown);
        }
        string other = type switch
        {
            "stream" => $"<pre class=\"output stream {Encode((string?)output["name"] ?? "stdout")}\">{Encode(Text(output["text"]))}</pre>",
            "error" => RenderError(output),
            _ => "",
        };
        return (other, false);
    }

    private static string RenderError(JsonObject output)
    {
        var b = new StringBuilder("<pre class=\"output error\">");
        var traceback = output["traceback"] as JsonArray;
        if (traceback is { Count: > 0 })
        {
            b.AppendJoin('\n', traceback.Select(t => Encode(AnsiEscape().Replace((string?)t ?? "", ""))));
        }
        else
        {
            b.Append(Encode($"{(string?)output["ename"]}: {(string?)output["evalue"]}"));
        }
        return b.Append("</pre>").ToString();
    }

    private string RenderData(JsonObject data, out bool fromMarkdown)
    {
        fromMarkdown = false;
        if (data[MimeBundle.Plotly] is JsonObject figure) return RenderFigure(figure);
        if (data[MimeBundle.Html] is { } html) return $"<div class=\"output html\">{Text(html)}</div>";
        if (data["image/svg+xml"] is { } svg) return $"<div class=\"output image\">{Text(svg)}</div>";
        foreach (string image in new[] { "image/png", "image/jpeg", "image/gif" })
        {
            if (data[image] is { } bytes)
                return $"<div class=\"output image\"><img src=\"data:{image};base64,{Text(bytes).Replace("\n", "", StringComparison.Ordinal)}\" alt=\"\"></div>";
        }
        if (data["text/markdown"] is { } markdown)
        {
            fromMarkdown = true;
            return $"<div class=\"output markdown\">{markdownRenderer.Render(Text(markdown)).Html}</div>";
        }
        if (data[MimeBundle.PlainText] is { } text) return $"<pre class=\"output text\">{Encode(Text(text))}</pre>";
        if (data["application/json"] is { } json) return $"<pre class=\"output json\">{Encode(json.ToJsonString())}</pre>";
        return "";
    }

    private string RenderFigure(JsonObject figure)
    {
        string id = $"{figureIdPrefix}figure-{++_figures}";
        string json = Formatting.PlotlyFormatter.EscapeForScript(figure.ToJsonString());
        // The course's charts are 1,000-1,100 px wide, wider than a chapter page's column (913 px in a 1,280 px window): on a
        // chapter page a figure is drawn no wider than its column, and its own width is kept in data-width for book.js,
        // which redraws it as the window changes (fitFiguresToColumn). The print page keeps the width and scales the
        // whole figure to the paper instead (book.js, fitToPage). A hidden column (width 0) leaves the width alone.
        // bookFigures collects Plotly's promises: the PDF printer waits for all of them (assets/book.js, bookReady).
        return $"""
            <div class="output plotly"><div id="{id}" class="plotly-figure"></div></div>
            <script>(function () {"{"} var f = {json}, layout = f.layout || {"{}"}, box = document.getElementById("{id}"); if (layout.width > 0) {"{"} box.dataset.width = layout.width; if (!document.body.classList.contains("print") && box.clientWidth > 0) layout.width = Math.min(layout.width, box.clientWidth); {"}"} (window.bookFigures = window.bookFigures || []).push(Plotly.newPlot("{id}", f.data, layout, f.config || {"{}"})); {"}"})();</script>
            """;
    }

    /// <summary>Mime data and stream text are a string or a list of lines in the file.</summary>
    private static string Text(JsonNode? node) => IpynbReader.ReadMultiline(node, "output", "data");

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
