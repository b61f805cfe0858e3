using System.Text.RegularExpressions;
using Markdig;
using Markdig.Extensions.Mathematics;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace AttnTutorial.Notebooks.Rendering;

/// <summary>
/// Markdown cells to HTML with Markdig's extensions (tables, task lists, footnotes, ...). Markdig's math
/// extension finds <c>$...$</c> and <c>$$...$$</c> before emphasis or escapes are read, so underscores, stars, backslashes
/// and <c>\\</c> line breaks reach KaTeX as written, and a <c>$</c> inside a code span stays code. Headings get ids (unique
/// per page) and a "#" anchor; links go through <paramref name="rewriteUrl"/> (chapter notebooks become book pages).
/// </summary>
/// <param name="headingIds">The page's ids, shared by every cell of the page so that no two headings share one.</param>
/// <param name="rewriteUrl">Maps a link's URL as written to the URL the book uses; null leaves links alone.</param>
internal sealed partial class MarkdownRenderer(KatexRenderer katex, HeadingIds headingIds, Func<string, string>? rewriteUrl = null)
{
    // Markdig's advanced extensions but three: generic attributes would read "{FC}" in "$\mathrm{FC}$" at the end of a
    // heading as HTML attributes; media links would embed remote players; diagrams need a script the book does not ship.
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseMathematics()
        .UseAbbreviations().UseCitations().UseCustomContainers().UseDefinitionLists().UseEmphasisExtras().UseFigures()
        .UseFooters().UseFootnotes().UseGridTables().UsePipeTables().UseListExtras().UseTaskLists().UseAutoLinks()
        .Build();

    public RenderedMarkdown Render(string markdown)
    {
        var document = Markdown.Parse(markdown, Pipeline);
        var mathErrors = new List<string>();
        var headings = new Dictionary<HeadingBlock, BookHeading>();
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            string text = PlainText.Of(heading, katex);
            string id = headingIds.Next(text);
            heading.GetAttributes().Id = id;
            headings[heading] = new BookHeading(id, heading.Level, text, InlineHtml(heading));
        }
        if (rewriteUrl is not null)
        {
            foreach (var link in document.Descendants<LinkInline>())
            {
                if (!link.IsImage && link.Url is { } url) link.Url = rewriteUrl(url);
            }
        }

        using var writer = new StringWriter();
        var renderer = NewRenderer(writer, mathErrors);
        renderer.Render(document);
        writer.Flush();

        string html = UniqueFootnoteIds(writer.ToString());

        // Top-level blocks in order: the book splits a chapter into sections at headings for the sidebar and the search.
        var parts = document.Select(block => block is HeadingBlock h
            ? new MarkdownPart(headings[h], headings[h].Text)
            : new MarkdownPart(null, PlainText.Of(block, katex))).ToList();
        return new RenderedMarkdown(html, parts, mathErrors);

        string InlineHtml(HeadingBlock heading)
        {
            using var inline = new StringWriter();
            var r = NewRenderer(inline, mathErrors);
            r.EnableHtmlForInline = true;
            r.WriteLeafInline(heading);
            inline.Flush();
            return inline.ToString();
        }
    }

    // Markdig numbers footnotes per cell ("fn:1", "fnref:1"), so two cells of a page with a footnote would share ids.
    [GeneratedRegex("""\sid="(?<id>fn(ref)?:[^"]+)"(?=[^<]*>)""")]
    private static partial Regex FootnoteId();

    /// <summary>The cell's footnote ids made unique on the page (the second cell's "fn:1" becomes "fn:1-1"), and their links with them.</summary>
    private string UniqueFootnoteIds(string html)
    {
        var renamed = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match match in FootnoteId().Matches(html))
        {
            string id = match.Groups["id"].Value;
            if (!renamed.ContainsKey(id)) renamed[id] = headingIds.Reserve(id);
        }
        foreach (var (id, unique) in renamed.Where(pair => pair.Key != pair.Value))
        {
            html = html.Replace($" id=\"{id}\"", $" id=\"{unique}\"", StringComparison.Ordinal).Replace($"href=\"#{id}\"", $"href=\"#{unique}\"", StringComparison.Ordinal);
        }
        return html;
    }

    private HtmlRenderer NewRenderer(StringWriter writer, List<string> mathErrors)
    {
        var renderer = new HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        renderer.ObjectRenderers.RemoveAll(r => r is HtmlMathInlineRenderer or HtmlMathBlockRenderer or HeadingRenderer);
        renderer.ObjectRenderers.Insert(0, new MathInlineRenderer(this, mathErrors));
        renderer.ObjectRenderers.Insert(0, new MathBlockRenderer(this, mathErrors));
        renderer.ObjectRenderers.Insert(0, new AnchoredHeadingRenderer());
        return renderer;
    }

    /// <summary>KaTeX's HTML, or on a formula KaTeX rejects the TeX as written (marked) and an error for the caller to report.</summary>
    private string Typeset(string tex, bool display, List<string> mathErrors)
    {
        try
        {
            return katex.ToHtml(tex, display);
        }
        catch (KatexException e)
        {
            string delimiter = display ? "$$" : "$";
            mathErrors.Add($"KaTeX could not typeset {delimiter}{tex}{delimiter}: {e.Message}");
            return $"<span class=\"math-error\" title=\"{HtmlText.Encode(e.Message)}\">{HtmlText.Encode(delimiter + tex + delimiter)}</span>";
        }
    }

    private sealed class MathInlineRenderer(MarkdownRenderer owner, List<string> errors) : HtmlObjectRenderer<MathInline>
    {
        // $$...$$ inside a paragraph is display math, as in Jupyter.
        protected override void Write(HtmlRenderer renderer, MathInline math) =>
            renderer.Write(owner.Typeset(math.Content.ToString(), display: math.DelimiterCount == 2, errors));
    }

    private sealed class MathBlockRenderer(MarkdownRenderer owner, List<string> errors) : HtmlObjectRenderer<MathBlock>
    {
        protected override void Write(HtmlRenderer renderer, MathBlock math)
        {
            renderer.EnsureLine();
            renderer.Write("<div class=\"math display\">").Write(owner.Typeset(PlainText.Tex(math), display: true, errors)).WriteLine("</div>");
        }
    }

    private sealed class AnchoredHeadingRenderer : HtmlObjectRenderer<HeadingBlock>
    {
        protected override void Write(HtmlRenderer renderer, HeadingBlock heading)
        {
            string tag = "h" + heading.Level.ToString(System.Globalization.CultureInfo.InvariantCulture);
            string id = heading.GetAttributes().Id ?? "";
            renderer.EnsureLine();
            renderer.Write('<').Write(tag).WriteAttributes(heading).Write('>');
            renderer.WriteLeafInline(heading);
            renderer.Write(" <a class=\"anchor\" href=\"#").WriteEscapeUrl(id).Write("\" aria-label=\"Link to this section\">#</a>");
            renderer.Write("</").Write(tag).WriteLine(">");
        }
    }
}
