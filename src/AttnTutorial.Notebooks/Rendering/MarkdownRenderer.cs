using Markdig;
using Markdig.Extensions.Mathematics;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace AttnTutorial.Notebooks.Rendering;

/// <summary>
/// Markdown cells to HTML with Markdig's advanced extensions (tables, task lists, footnotes, ...). Math
/// (<c>$...$</c>, <c>$$...$$</c>) is kept exactly as written, inside <c>span.math</c> / <c>div.math</c>, so that
/// underscores and stars in formulas are not read as emphasis and the book needs no math library from the network.
/// </summary>
public static class MarkdownRenderer
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();

    public static string ToHtml(string markdown)
    {
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        renderer.ObjectRenderers.RemoveAll(r => r is HtmlMathInlineRenderer or HtmlMathBlockRenderer);
        renderer.ObjectRenderers.Insert(0, new MathInlineAsWritten());
        renderer.ObjectRenderers.Insert(0, new MathBlockAsWritten());
        renderer.Render(Markdown.Parse(markdown, Pipeline));
        writer.Flush();
        return writer.ToString();
    }

    private sealed class MathInlineAsWritten : HtmlObjectRenderer<MathInline>
    {
        protected override void Write(HtmlRenderer renderer, MathInline obj)
        {
            string delimiter = new(obj.Delimiter, obj.DelimiterCount);
            renderer.Write("<span class=\"math\">").WriteEscape(delimiter).WriteEscape(ref obj.Content).WriteEscape(delimiter).Write("</span>");
        }
    }

    private sealed class MathBlockAsWritten : HtmlObjectRenderer<MathBlock>
    {
        protected override void Write(HtmlRenderer renderer, MathBlock obj)
        {
            string fence = new(obj.FencedChar, obj.OpeningFencedCharCount);
            renderer.EnsureLine();
            renderer.Write("<div class=\"math\">").WriteEscape(fence).WriteLine();
            renderer.WriteLeafRawLines(obj, writeEndOfLines: true, escape: true);
            renderer.WriteEscape(fence).Write("</div>").WriteLine();
        }
    }
}
