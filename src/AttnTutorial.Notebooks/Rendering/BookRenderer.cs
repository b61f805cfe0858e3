using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using AttnTutorial.IO;
using AttnTutorial.Notebooks.Ipynb;

namespace AttnTutorial.Notebooks.Rendering;

/// <summary>
/// Writes an offline HTML book: <c>index.html</c> with the chapter list and one page per chapter with its markdown,
/// highlighted code and outputs. Pages with Plotly figures embed plotly.js once (from Plotly.NET's DLL); nothing is
/// loaded from the network, so the folder works as a handout.
/// </summary>
public sealed class BookRenderer
{
    /// <param name="title">The book's title on the index page.</param>
    public BookRenderer(string title = "AttnTutorial")
    {
        Title = title;
    }

    public string Title { get; }

    /// <summary>Writes the index and every chapter page into <paramref name="outputDirectory"/>; returns the paths written.</summary>
    public IReadOnlyList<string> Render(IReadOnlyList<BookChapter> chapters, string outputDirectory)
    {
        Directory.CreateDirectory(outputDirectory);
        var written = new List<string>();
        string index = Path.Combine(outputDirectory, "index.html");
        AtomicFile.WriteAllText(index, RenderIndex(chapters));
        written.Add(index);
        for (int i = 0; i < chapters.Count; i++)
        {
            string page = Path.Combine(outputDirectory, chapters[i].PageName);
            AtomicFile.WriteAllText(page, RenderChapter(chapters, i));
            written.Add(page);
        }
        return written;
    }

    public string RenderIndex(IReadOnlyList<BookChapter> chapters)
    {
        var body = new StringBuilder();
        body.Append("<main><h1>").Append(Encode(Title)).Append("</h1>\n");
        AppendList(body, chapters.Where(c => !c.Appendix));
        var appendix = chapters.Where(c => c.Appendix).ToList();
        if (appendix.Count > 0)
        {
            body.Append("<h2>Appendix · worked solutions (for instructors)</h2>\n");
            AppendList(body, appendix);
        }
        body.Append("</main>\n");
        return Page(Title, body.ToString(), withPlotly: false);
    }

    private static void AppendList(StringBuilder body, IEnumerable<BookChapter> chapters)
    {
        body.Append("<ol class=\"chapters\">\n");
        foreach (var chapter in chapters)
        {
            body.Append("<li><a href=\"").Append(Encode(chapter.PageName)).Append("\">").Append(Encode(chapter.Title)).Append("</a>");
            if (chapter.Error is not null) body.Append(" <span class=\"failed\">(the run stopped with an error)</span>");
            body.Append("</li>\n");
        }
        body.Append("</ol>\n");
    }

    public string RenderChapter(IReadOnlyList<BookChapter> chapters, int index)
    {
        var chapter = chapters[index];
        var outputs = new OutputHtmlRenderer();
        var body = new StringBuilder();
        body.Append("<header><a href=\"index.html\">").Append(Encode(Title)).Append("</a></header>\n<main>\n");
        if (chapter.Error is not null)
            body.Append("<div class=\"banner\">This chapter's run stopped with an error:\n").Append(Encode(chapter.Error)).Append("</div>\n");
        foreach (var cell in chapter.Notebook.Cells)
        {
            switch (cell.Type)
            {
                case CellType.Markdown:
                    body.Append("<section class=\"cell markdown\">\n").Append(MarkdownRenderer.ToHtml(WithAttachments(cell))).Append("</section>\n");
                    break;
                case CellType.Code:
                    body.Append("<section class=\"cell code\">\n<div class=\"prompt\">In [")
                        .Append(cell.ExecutionCount?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? " ")
                        .Append("]:</div>\n<pre class=\"source\"><code>").Append(CSharpHighlighter.ToHtml(cell.Source)).Append("</code></pre>\n");
                    foreach (var output in cell.Outputs.OfType<JsonObject>()) body.Append(outputs.Render(output)).Append('\n');
                    body.Append("</section>\n");
                    break;
                default:
                    body.Append("<section class=\"cell raw\"><pre>").Append(Encode(cell.Source)).Append("</pre></section>\n");
                    break;
            }
        }
        body.Append("</main>\n<nav class=\"pager\">");
        body.Append(index > 0 ? $"<a href=\"{Encode(chapters[index - 1].PageName)}\">← {Encode(chapters[index - 1].Title)}</a>" : "<span></span>");
        body.Append("<a href=\"index.html\">Contents</a>");
        body.Append(index + 1 < chapters.Count ? $"<a href=\"{Encode(chapters[index + 1].PageName)}\">{Encode(chapters[index + 1].Title)} →</a>" : "<span></span>");
        body.Append("</nav>\n");
        return Page($"{chapter.Title} · {Title}", body.ToString(), outputs.UsesPlotly);
    }

    private static string Page(string title, string body, bool withPlotly)
    {
        var page = new StringBuilder();
        page.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(Encode(title)).Append("</title>\n")
            .Append("<style>\n").Append(BookStyles.Css).Append("\n</style>\n");
        if (withPlotly) page.Append("<script>\n").Append(PlotlyJs.Script).Append("\n</script>\n");
        page.Append("</head>\n<body>\n").Append(body).Append("</body>\n</html>\n");
        return page.ToString();
    }

    /// <summary>Markdown images that point at cell attachments (<c>attachment:name.png</c>) become data URIs.</summary>
    private static string WithAttachments(NotebookCell cell)
    {
        if (cell.Attachments is null) return cell.Source;
        string source = cell.Source;
        foreach (var (name, bundle) in cell.Attachments)
        {
            if (bundle is not JsonObject data) continue;
            foreach (var (mime, content) in data)
            {
                if (!mime.StartsWith("image/", StringComparison.Ordinal) || content is null) continue;
                string base64 = IpynbReader.ReadMultiline(content, "attachment", name).Replace("\n", "", StringComparison.Ordinal);
                source = source.Replace($"attachment:{name}", $"data:{mime};base64,{base64}", StringComparison.Ordinal);
                break;
            }
        }
        return source;
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
