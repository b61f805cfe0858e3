using System.Text;
using Markdig.Extensions.Mathematics;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace AttnTutorial.Notebooks.Rendering;

/// <summary>
/// The words of a markdown block, for heading ids and the search index: literal text and code, no markup. A formula
/// becomes the text KaTeX typesets ("$x_t$" → "xₜ", "$2i{+}1$" → "2i+1", see <see cref="MathText"/>), never its TeX (a
/// reader does not search for "\frac", and a search result must not show it); one KaTeX rejects is left out, and so is
/// raw HTML.
/// </summary>
internal static class PlainText
{
    public static string Of(MarkdownObject node, KatexRenderer katex)
    {
        var text = new StringBuilder();
        Append(node, text, katex);
        return string.Join(' ', text.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>A <c>$$</c> block's TeX as KaTeX gets it: its lines, without the delimiters.</summary>
    public static string Tex(MathBlock math)
    {
        var tex = new StringBuilder();
        foreach (var line in math.Lines.Lines.Take(math.Lines.Count)) tex.Append(line.Slice.ToString()).Append('\n');
        return tex.ToString().Trim();
    }

    private static void Append(MarkdownObject node, StringBuilder text, KatexRenderer katex)
    {
        switch (node)
        {
            case MathInline math:
                // $$...$$ inside a paragraph is display math (MarkdownRenderer typesets it so): the same KaTeX call, read once.
                text.Append(katex.ToText(math.Content.ToString(), display: math.DelimiterCount == 2));
                return;
            case MathBlock block:
                text.Append(katex.ToText(Tex(block), display: true)).Append(' ');
                return;
            case HtmlBlock or HtmlInline:
                return;
            case LiteralInline literal:
                text.Append(literal.Content.ToString());
                return;
            case CodeInline code:
                text.Append(code.Content);
                return;
            case LineBreakInline:
                text.Append(' ');
                return;
            case LeafBlock { Inline: { } inline }:
                Append(inline, text, katex);
                text.Append(' ');
                return;
            case LeafBlock leaf:
                text.Append(leaf.Lines.ToString()).Append(' ');
                return;
            case ContainerInline container:
                foreach (var child in container) Append(child, text, katex);
                return;
            case ContainerBlock blocks:
                foreach (var child in blocks) Append(child, text, katex);
                return;
        }
    }
}
