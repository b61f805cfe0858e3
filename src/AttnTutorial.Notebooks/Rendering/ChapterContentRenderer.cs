using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using AttnTutorial.Notebooks.Ipynb;

namespace AttnTutorial.Notebooks.Rendering;

/// <summary>One chapter's cells to HTML: markdown (math typeset by KaTeX), highlighted code, outputs.</summary>
/// <param name="printAnchors">The print page's anchors; null when there is no print page (no print HTML is made then).</param>
internal sealed class ChapterContentRenderer(KatexRenderer katex, BookLinks links, PrintAnchors? printAnchors)
{
    /// <summary>Headings at these levels start a section of the sidebar and the search index.</summary>
    private const int DeepestSectionLevel = 3;

    public ChapterContent Render(BookChapter chapter)
    {
        var markdown = new MarkdownRenderer(katex, new HeadingIds(), url => links.Rewrite(chapter, url));
        var outputs = new OutputHtmlRenderer(markdown, FigureIdPrefix(chapter));
        // The chapter's page and its part of print.html: the same but for the ids and links of markdown (see PrintAnchors).
        var html = new StringBuilder();
        var printHtml = printAnchors is null ? null : new StringBuilder();
        void Append(string both) { html.Append(both); printHtml?.Append(both); }
        void AppendMarkdown(string markdownHtml) { html.Append(markdownHtml); printHtml?.Append(printAnchors!.Rewrite(chapter, markdownHtml)); }
        var sections = new List<(BookHeading Heading, StringBuilder Text)>();
        var warnings = new List<string>();
        StringBuilder CurrentText()
        {
            // Text before the first heading belongs to a section named after the chapter, at the top of the page.
            if (sections.Count == 0) sections.Add((new BookHeading("", 1, chapter.Title, HtmlText.Encode(chapter.Title)), new StringBuilder()));
            return sections[^1].Text;
        }

        if (chapter.Error is not null)
            Append($"<div class=\"banner\">This chapter's run stopped with an error:\n{Encode(chapter.Error)}</div>\n");
        for (int i = 0; i < chapter.Notebook.Cells.Count; i++)
        {
            var cell = chapter.Notebook.Cells[i];
            switch (cell.Type)
            {
                case CellType.Markdown:
                    var rendered = markdown.Render(WithAttachments(cell));
                    warnings.AddRange(rendered.MathErrors.Select(e => $"{chapter.FileName}, cell {i + 1}: {e}"));
                    Append("<section class=\"cell markdown\">\n");
                    AppendMarkdown(rendered.Html);
                    Append("</section>\n");
                    foreach (var part in rendered.Parts)
                    {
                        if (part.Heading is { Level: <= DeepestSectionLevel } heading)
                            sections.Add((heading, new StringBuilder()));
                        else
                            CurrentText().Append(part.Text).Append(' ');
                    }
                    break;
                case CellType.Code:
                    Append($"<section class=\"cell code\">\n<div class=\"prompt\">In [{cell.ExecutionCount?.ToString(CultureInfo.InvariantCulture) ?? " "}]:</div>\n"
                        + $"<pre class=\"source\"><code>{CSharpHighlighter.ToHtml(cell.Source)}</code></pre>\n");
                    foreach (var output in cell.Outputs.OfType<JsonObject>())
                    {
                        var (outputHtml, fromMarkdown) = outputs.Render(output);
                        if (fromMarkdown) AppendMarkdown(outputHtml);
                        else Append(outputHtml);
                        Append("\n");
                    }
                    Append("</section>\n");
                    CurrentText().Append(cell.Source).Append(' ');
                    break;
                default:
                    Append($"<section class=\"cell raw\"><pre>{Encode(cell.Source)}</pre></section>\n");
                    break;
            }
        }
        return new ChapterContent(chapter, html.ToString(), printHtml?.ToString(), sections.Select(s => new ChapterSection(s.Heading, s.Text.ToString().Trim())).ToList(), outputs.UsesPlotly, warnings);
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
