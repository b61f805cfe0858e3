using System.Text;
using Markdig.Extensions.Mathematics;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace AttnTutorial.Notebooks.Rendering;

/// <summary>
/// The words of a markdown block, for heading ids and the search index: literal text and code, no markup. A formula
/// that is only symbols ("$d$", "$x_t$") stays as written; one with TeX commands is left out (a reader does not
/// search for "\frac"), and so is raw HTML.
/// </summary>
internal static class PlainText
{
    public static string Of(MarkdownObject node)
    {
        var text = new StringBuilder();
        Append(node, text);
        return string.Join(' ', text.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    private static void Append(MarkdownObject node, StringBuilder text)
    {
        switch (node)
        {
            case MathInline math when !math.Content.ToString().Contains('\\', StringComparison.Ordinal):
                text.Append(math.Content.ToString());
                return;
            case MathInline or MathBlock or HtmlBlock or HtmlInline:
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
                Append(inline, text);
                text.Append(' ');
                return;
            case LeafBlock leaf:
                text.Append(leaf.Lines.ToString()).Append(' ');
                return;
            case ContainerInline container:
                foreach (var child in container) Append(child, text);
                return;
            case ContainerBlock blocks:
                foreach (var child in blocks) Append(child, text);
                return;
        }
    }
}
