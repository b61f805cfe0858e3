using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace AttnTutorial.Kernel.Language;

/// <summary>
/// is_complete: whether a console client should run what was typed or wait for more lines. A submission with an open
/// brace, string or statement is incomplete; a complete one with syntax errors is invalid.
/// </summary>
internal static class CompletenessChecker
{
    private static readonly CSharpParseOptions Script = CSharpParseOptions.Default.WithKind(SourceCodeKind.Script).WithLanguageVersion(LanguageVersion.Latest);

    /// <returns>The status ("complete", "incomplete" or "invalid") and, when incomplete, the indent for the next line.</returns>
    public static (string Status, string Indent) Check(string code)
    {
        var tree = CSharpSyntaxTree.ParseText(CellText.MaskDirectives(code), Script);
        if (!SyntaxFactory.IsCompleteSubmission(tree))
        {
            int depth = Math.Max(0, code.Count(c => c is '{' or '(' or '[') - code.Count(c => c is '}' or ')' or ']'));
            return ("incomplete", new string(' ', 4 * depth));
        }
        return tree.GetDiagnostics().Any(d => d.Severity == DiagnosticSeverity.Error) ? ("invalid", "") : ("complete", "");
    }
}
