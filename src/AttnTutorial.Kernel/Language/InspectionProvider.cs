using System.Text;
using AttnTutorial.Notebooks.Execution;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AttnTutorial.Kernel.Language;

/// <summary>
/// Inspection (Shift+Tab in Jupyter): the symbol under the cursor with its kind, signature and type, and the summary
/// of its XML documentation.
/// </summary>
internal sealed class InspectionProvider(Func<NotebookSession> session)
{
    private static readonly SymbolDisplayFormat ScriptMemberFormat =
        SymbolDisplayFormat.MinimallyQualifiedFormat.RemoveMemberOptions(SymbolDisplayMemberOptions.IncludeContainingType);

    /// <param name="code">The cell as typed.</param>
    /// <param name="position">The cursor, as a UTF-16 offset in <paramref name="code"/>.</param>
    /// <returns>Plain text about the symbol, or null when the cursor is on none.</returns>
    public string? Inspect(string code, int position)
    {
        position = Math.Clamp(position, 0, code.Length);
        string text = CellText.MaskDirectives(code);
        var model = session().GetSemanticModel(text);
        var root = model.SyntaxTree.GetRoot();

        // The cursor sits just after the name being typed more often than on it.
        foreach (int at in new[] { position - 1, position }.Where(p => p >= 0 && p < text.Length))
        {
            var token = root.FindToken(at);
            if (!token.IsKind(SyntaxKind.IdentifierToken) || token.Parent is null) continue;
            var (symbol, overloads) = SymbolAt(model, token.Parent);
            if (symbol is not null) return Describe(symbol, overloads);
        }
        // Inside a call's parentheses, as in Math.Sqrt(|) or Math.Max(1, |): the method being called, as ipykernel shows it.
        if (CalledAt(root, position) is { } called)
        {
            var (symbol, overloads) = SymbolAt(model, called);
            if (symbol is not null) return Describe(symbol, overloads);
        }
        return null;
    }

    // The name of the innermost call or `new` whose argument list holds the cursor.
    private static ExpressionSyntax? CalledAt(SyntaxNode root, int position)
    {
        var token = root.FindToken(Math.Max(0, position - 1));
        foreach (var node in token.Parent?.AncestorsAndSelf() ?? [])
        {
            if (node is not ArgumentListSyntax list || position <= list.OpenParenToken.SpanStart) continue;
            if (!list.CloseParenToken.IsMissing && position > list.CloseParenToken.SpanStart) continue;
            return list.Parent switch
            {
                InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax member } => member.Name,
                InvocationExpressionSyntax invocation => invocation.Expression,
                BaseObjectCreationExpressionSyntax creation => creation,
                _ => null,
            };
        }
        return null;
    }

    private static (ISymbol? Symbol, int Overloads) SymbolAt(SemanticModel model, SyntaxNode node)
    {
        var info = model.GetSymbolInfo(node);
        if (info.Symbol is { } symbol) return (symbol, 0);
        if (info.CandidateSymbols.Length > 0) return (info.CandidateSymbols[0], info.CandidateSymbols.Length - 1);
        if (model.GetDeclaredSymbol(node) is { } declared) return (declared, 0);
        return (model.GetTypeInfo(node).Type, 0);
    }

    private static string Describe(ISymbol symbol, int overloads)
    {
        var format = symbol.ContainingType is { IsScriptClass: true } ? ScriptMemberFormat : SymbolDisplayFormat.MinimallyQualifiedFormat;
        var b = new StringBuilder();
        b.Append('(').Append(Kind(symbol)).Append(") ").Append(symbol.ToDisplayString(format));
        if (overloads > 0) b.Append(" (+").Append(overloads).Append(overloads == 1 ? " overload)" : " overloads)");
        if (symbol is INamedTypeSymbol || symbol is INamespaceSymbol)
            b.Append('\n').Append(symbol.ToDisplayString(SymbolDisplayFormat.CSharpErrorMessageFormat));
        if (XmlDocumentation.Summary(symbol) is { Length: > 0 } summary) b.Append("\n\n").Append(summary);
        return b.ToString();
    }

    private static string Kind(ISymbol symbol) => symbol switch
    {
        INamespaceSymbol => "namespace",
        INamedTypeSymbol t => t.TypeKind.ToString().ToLowerInvariant(),
        IMethodSymbol { MethodKind: MethodKind.ReducedExtension } => "extension",
        IMethodSymbol => "method",
        IPropertySymbol => "property",
        IFieldSymbol f when f.ContainingType is { IsScriptClass: true } => "variable",
        IFieldSymbol => "field",
        ILocalSymbol => "local variable",
        IParameterSymbol => "parameter",
        IEventSymbol => "event",
        _ => symbol.Kind.ToString().ToLowerInvariant(),
    };
}
