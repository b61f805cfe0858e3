using System.Text;
using Markdig.Extensions.Mathematics;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace AttnTutorial.Notebooks.Rendering;

/// <summary>
/// The words of a markdown block, for heading ids, the sidebar and the search index: literal text and code, no markup.
/// Math is left out (TeX commands are not words a reader searches for) and so is raw HTML.
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
