using AttnTutorial.Notebooks.Execution;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AttnTutorial.Kernel.Language;

/// <summary>
/// Completion from Roslyn, against the cell as it would compile after the cells run so far: the names in scope
/// (variables of earlier cells, types, namespaces, <c>display</c>, keywords) or, after a dot, the members of what stands
/// before it (instance members and extension methods of a value, static members of a type, the contents of a namespace).
/// </summary>
internal sealed class CompletionProvider(Func<NotebookSession> session)
{
    private static readonly string[] Keywords =
        SyntaxFacts.GetKeywordKinds().Concat(SyntaxFacts.GetContextualKeywordKinds()).Select(SyntaxFacts.GetText).Where(k => k.Length > 0).Distinct().ToArray();

    /// <param name="code">The cell as typed.</param>
    /// <param name="position">The cursor, as a UTF-16 offset in <paramref name="code"/>.</param>
    public Completions Complete(string code, int position)
    {
        position = Math.Clamp(position, 0, code.Length);
        string text = CellText.MaskDirectives(code);
        int start = position;
        while (start > 0 && IsIdentifierPart(text[start - 1])) start--;
        string prefix = text[start..position];

        var model = session().GetSemanticModel(text);
        var items = new List<CompletionItem>();
        int dot = start - 1;
        if (dot >= 0 && text[dot] == '.')
        {
            items.AddRange(MembersBefore(model, dot, start).Select(Item));
        }
        else
        {
            items.AddRange(model.LookupSymbols(start).Select(Item));
            items.AddRange(Keywords.Select(k => new CompletionItem(k, "keyword")));
        }
        var matches = items
            .Where(i => IsSpeakable(i.Text) && i.Text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            .DistinctBy(i => i.Text)
            .OrderBy(i => !i.Text.StartsWith(prefix, StringComparison.Ordinal))
            .ThenBy(i => i.Text, StringComparer.OrdinalIgnoreCase)
            .ToList();
        return new Completions(matches, start, position);
    }

    private static IEnumerable<ISymbol> MembersBefore(SemanticModel model, int dot, int position)
    {
        var token = model.SyntaxTree.GetRoot().FindToken(dot);
        ExpressionSyntax? left = token.Parent switch
        {
            MemberAccessExpressionSyntax access when access.OperatorToken == token => access.Expression,
            QualifiedNameSyntax name when name.DotToken == token => name.Left,
            _ => null,
        };
        if (left is null) return [];

        var info = model.GetSymbolInfo(left);
        var symbol = info.Symbol ?? (info.CandidateSymbols.Length == 1 ? info.CandidateSymbols[0] : null);
        switch (symbol)
        {
            case INamespaceSymbol ns:
                return model.LookupNamespacesAndTypes(position, ns).Concat(model.LookupSymbols(position, ns));
            case ITypeSymbol type:
                return model.LookupStaticMembers(position, type).Concat(model.LookupNamespacesAndTypes(position, type));
        }
        var valueType = model.GetTypeInfo(left).Type;
        if (valueType is null || valueType.TypeKind == TypeKind.Error) return [];
        return model.LookupSymbols(position, valueType, includeReducedExtensionMethods: true).Where(s => !s.IsStatic || s is IMethodSymbol { MethodKind: MethodKind.ReducedExtension });
    }

    private static CompletionItem Item(ISymbol symbol) => new(symbol.Name, symbol switch
    {
        INamespaceSymbol => "namespace",
        ITypeSymbol { TypeKind: TypeKind.Interface } => "interface",
        ITypeSymbol { TypeKind: TypeKind.Struct } => "struct",
        ITypeSymbol { TypeKind: TypeKind.Enum } => "enum",
        ITypeSymbol => "class",
        IMethodSymbol => "method",
        IPropertySymbol => "property",
        IFieldSymbol { ContainingType.IsScriptClass: true } => "variable", // a variable of an earlier cell
        IFieldSymbol { IsConst: true } => "constant",
        IFieldSymbol => "field",
        IEventSymbol => "event",
        ILocalSymbol or IParameterSymbol => "variable",
        _ => "text",
    });

    private static bool IsIdentifierPart(char c) => char.IsLetterOrDigit(c) || c == '_' || c == '@';

    // Compiler-made names: constructors, script classes ("Submission#0"), "<Main>$", operators.
    private static bool IsSpeakable(string name) =>
        name.Length > 0 && (char.IsLetter(name[0]) || name[0] == '_') && name.All(c => char.IsLetterOrDigit(c) || c == '_');
}
