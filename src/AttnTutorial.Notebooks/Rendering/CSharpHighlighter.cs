using System.Net;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace AttnTutorial.Notebooks.Rendering;

/// <summary>
/// C# source to HTML with syntax classes, from Roslyn's own tokens: <c>k</c> keyword, <c>s</c> string or character,
/// <c>n</c> number, <c>c</c> comment, <c>d</c> directive (<c>#r</c>, <c>#!time</c>, <c>#nullable</c>). The text is unchanged.
/// </summary>
public static class CSharpHighlighter
{
    private static readonly CSharpParseOptions ScriptParse = new(kind: SourceCodeKind.Script);

    public static string ToHtml(string code)
    {
        var html = new StringBuilder();
        // Lines starting "#!" (magic commands) are not C#; show them as directives.
        var lines = code.Split('\n');
        var csharp = new StringBuilder();
        foreach (string line in lines)
        {
            bool magic = line.TrimStart().StartsWith("#!", StringComparison.Ordinal);
            csharp.Append(magic ? new string(' ', line.Length) : line).Append('\n');
        }
        var root = CSharpSyntaxTree.ParseText(csharp.ToString(0, Math.Max(0, csharp.Length - 1)), ScriptParse).GetRoot();
        var pieces = new StringBuilder();
        foreach (var token in root.DescendantTokens(descendIntoTrivia: false))
        {
            foreach (var trivia in token.LeadingTrivia) AppendTrivia(pieces, trivia);
            Append(pieces, token.ToString(), ClassOf(token));
            foreach (var trivia in token.TrailingTrivia) AppendTrivia(pieces, trivia);
        }

        // Put the magic lines back over the blanks that stood in for them.
        string rendered = pieces.ToString();
        var renderedLines = rendered.Split('\n');
        for (int i = 0; i < lines.Length && i < renderedLines.Length; i++)
        {
            if (lines[i].TrimStart().StartsWith("#!", StringComparison.Ordinal))
                renderedLines[i] = $"<span class=\"d\">{WebUtility.HtmlEncode(lines[i])}</span>";
        }
        html.AppendJoin('\n', renderedLines);
        return html.ToString();
    }

    private static void AppendTrivia(StringBuilder b, SyntaxTrivia trivia)
    {
        string? cls = trivia.Kind() switch
        {
            SyntaxKind.SingleLineCommentTrivia or SyntaxKind.MultiLineCommentTrivia
                or SyntaxKind.SingleLineDocumentationCommentTrivia or SyntaxKind.MultiLineDocumentationCommentTrivia => "c",
            SyntaxKind.WhitespaceTrivia or SyntaxKind.EndOfLineTrivia => null,
            SyntaxKind.DisabledTextTrivia => "c",
            _ when trivia.IsDirective || trivia.HasStructure => "d",
            _ => null,
        };
        Append(b, trivia.ToFullString(), cls);
    }

    private static string? ClassOf(SyntaxToken token)
    {
        var kind = token.Kind();
        if (SyntaxFacts.IsKeywordKind(kind)) return "k";
        if (kind == SyntaxKind.IdentifierToken && SyntaxFacts.GetContextualKeywordKind(token.ValueText) is not SyntaxKind.None
            && token.ValueText is "var" or "async" or "await" or "record" or "init" or "required" or "dynamic" or "nameof" or "with" or "when")
            return "k";
        return kind switch
        {
            SyntaxKind.StringLiteralToken or SyntaxKind.CharacterLiteralToken or SyntaxKind.InterpolatedStringStartToken
                or SyntaxKind.InterpolatedStringEndToken or SyntaxKind.InterpolatedStringTextToken or SyntaxKind.InterpolatedVerbatimStringStartToken
                or SyntaxKind.InterpolatedRawStringEndToken or SyntaxKind.InterpolatedSingleLineRawStringStartToken
                or SyntaxKind.InterpolatedMultiLineRawStringStartToken or SyntaxKind.SingleLineRawStringLiteralToken
                or SyntaxKind.MultiLineRawStringLiteralToken or SyntaxKind.Utf8StringLiteralToken => "s",
            SyntaxKind.NumericLiteralToken => "n",
            _ => null,
        };
    }

    private static void Append(StringBuilder b, string text, string? cls)
    {
        if (text.Length == 0) return;
        if (cls is null)
        {
            b.Append(WebUtility.HtmlEncode(text));
            return;
        }
        // A span per line keeps the line splitting above simple.
        var parts = text.Split('\n');
        for (int i = 0; i < parts.Length; i++)
        {
            if (i > 0) b.Append('\n');
            if (parts[i].Length > 0) b.Append("<span class=\"").Append(cls).Append("\">").Append(WebUtility.HtmlEncode(parts[i])).Append("</span>");
        }
    }
}
