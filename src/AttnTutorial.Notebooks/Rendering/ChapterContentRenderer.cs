using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using AttnTutorial.Notebooks.Ipynb;

namespace AttnTutorial.Notebooks.Rendering;

/// <summary>One chapter's cells to HTML: markdown (math typeset by KaTeX), highlighted code, outputs.</summary>
internal sealed class ChapterContentRenderer(KatexRenderer katex, BookLinks links)
{
    /// <summary>Headings at these levels start a section of the sidebar and the search index.</summary>
    private const int DeepestSectionLevel = 3;

    public ChapterContent Render(BookChapter chapter)
    {
        var markdown = new MarkdownRenderer(katex, new HeadingIds(), url => links.Rewrite(chapter, url));
        var outputs = new OutputHtmlRenderer(markdown, FigureIdPrefix(chapter));
        var html = new StringBuilder();
        var sections = new List<(BookHeading Heading, StringBuilder Text)>();
        var warnings = new List<string>();
        StringBuilder CurrentText()
        {
            // Text before the first heading belongs to a section named after the chapter, at the top of the page.
            if (sections.Count == 0) sections.Add((new BookHeading("", 1, chapter.Title, HtmlText.Encode(chapter.Title)), new StringBuilder()));
            return sections[^1].Text;
        }

        if (chapter.Error is not null)
            html.Append("<div class=\"banner\">This chapter's run stopped with an error:\n").Append(Encode(chapter.Error)).Append("</div>\n");
        for (int i = 0; i < chapter.Notebook.Cells.Count; i++)
        {
            var cell = chapter.Notebook.Cells[i];
            switch (cell.Type)
            {
                case CellType.Markdown:
                    var rendered = markdown.Render(WithAttachments(cell));
                    warnings.AddRange(rendered.MathErrors.Select(e => $"{chapter.FileName}, cell {i + 1}: {e}"));
                    html.Append("<section class=\"cell markdown\">\n").Append(rendered.Html).Append("</section>\n");
                    foreach (var part in rendered.Parts)
                    {
                        if (part.Heading is { Level: <= DeepestSectionLevel } heading)
                            sections.Add((heading, new StringBuilder()));
                        else
                            CurrentText().Append(part.Text).Append(' ');
                    }
                    break;
                case CellType.Code:
                    html.Append("<section class=\"cell code\">\n<div class=\"prompt\">In [")
                        .Append(cell.ExecutionCount?.ToString(CultureInfo.InvariantCulture) ?? " ")
                        .Append("]:</div>\n<pre class=\"source\"><code>").Append(CSharpHighlighter.ToHtml(cell.Source)).Append("</code></pre>\n");
                    foreach (var output in cell.Outputs.OfType<JsonObject>()) html.Append(outputs.Render(output)).Append('\n');
                    html.Append("</section>\n");
                    CurrentText().Append(cell.Source).Append(' ');
                    break;
                default:
                    html.Append("<section class=\"cell raw\"><pre>").Append(Encode(cell.Source)).Append("</pre></section>\n");
                    break;
            }
        }
        return new ChapterContent(chapter, html.ToString(), sections.Select(s => new ChapterSection(s.Heading, s.Text.ToString().Trim())).ToList(), outputs.UsesPlotly, warnings);
    }

    /// <summary>"05-training.ipynb" → "05-training-"; figure ids stay unique when several chapters share a page (print.html).</summary>
    private static string FigureIdPrefix(BookChapter chapter) => HeadingIds.Slug(Path.GetFileNameWithoutExtension(chapter.FileName)) + "-";

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

    private static string Encode(string text) => HtmlText.Encode(text);
}
