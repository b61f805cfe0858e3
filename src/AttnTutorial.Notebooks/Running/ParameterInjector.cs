using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using AttnTutorial.Notebooks.Ipynb;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AttnTutorial.Notebooks.Running;

/// <summary>
/// Papermill's parameters for C# notebooks: the cell tagged <c>parameters</c> declares defaults
/// (<c>bool quick = false;</c>); values given by the caller go into a new cell right after it, tagged
/// <c>injected-parameters</c>, as C# literals of the declared types, so they override the defaults.
/// </summary>
public static class ParameterInjector
{
    public const string ParametersTag = "parameters";
    public const string InjectedTag = "injected-parameters";

    private static readonly string[] SupportedTypes = ["bool", "int", "long", "float", "double", "decimal", "string"];

    /// <summary>The parameters the notebook's <c>parameters</c> cell declares; empty when it has none.</summary>
    public static IReadOnlyList<NotebookParameter> ReadDefaults(Notebook notebook)
    {
        var cell = notebook.Cells.FirstOrDefault(c => c.Type == CellType.Code && c.HasTag(ParametersTag));
        return cell is null ? [] : Declarations(cell.Source);
    }

    /// <summary>
    /// A copy of <paramref name="notebook"/> with <paramref name="values"/> injected. An earlier injected cell is replaced.
    /// With no values, the copy is returned unchanged.
    /// </summary>
    /// <param name="notebookName">Names the notebook in errors and warnings.</param>
    /// <param name="warnings">Receives notes such as "no parameters cell; injected at the top".</param>
    /// <exception cref="NotebookParameterException">A name is not declared, or a value does not fit its type.</exception>
    public static Notebook Inject(Notebook notebook, IReadOnlyDictionary<string, string> values, string notebookName, ICollection<string>? warnings = null)
    {
        var copy = notebook.Clone();
        if (values.Count == 0) return copy;
        copy.Cells.RemoveAll(c => c.HasTag(InjectedTag));

        int parametersIndex = copy.Cells.FindIndex(c => c.Type == CellType.Code && c.HasTag(ParametersTag));
        var declared = parametersIndex >= 0 ? Declarations(copy.Cells[parametersIndex].Source) : [];
        var source = new StringBuilder("// Injected parameters (-p name=value); they override the defaults above.\n");
        foreach (var (name, value) in values)
        {
            if (!SyntaxFacts.IsValidIdentifier(name))
                throw new NotebookParameterException($"{notebookName}: '{name}' is not a valid C# parameter name");
            string type;
            if (parametersIndex >= 0)
            {
                var parameter = declared.FirstOrDefault(p => p.Name == name)
                    ?? throw new NotebookParameterException(
                        $"{notebookName}: parameter '{name}' is not declared in the parameters cell (cell {parametersIndex + 1}); it declares: " +
                        (declared.Count == 0 ? "nothing" : string.Join(", ", declared.Select(p => $"{p.Type} {p.Name}"))));
                type = parameter.Type;
            }
            else
            {
                type = InferType(value);
            }
            source.Append(type).Append(' ').Append(name).Append(" = ").Append(Literal(type, value, name, notebookName)).Append(";\n");
        }

        var injected = new NotebookCell(CellType.Code, source.ToString().TrimEnd('\n'));
        injected.Metadata["tags"] = new JsonArray(InjectedTag);
        if (parametersIndex >= 0)
        {
            copy.Cells.Insert(parametersIndex + 1, injected);
        }
        else
        {
            copy.Cells.Insert(0, injected);
            warnings?.Add($"{notebookName}: no cell is tagged '{ParametersTag}'; the parameters were injected in a new first cell");
        }
        return copy;
    }

    /// <summary>The C# literal for <paramref name="value"/> as a <paramref name="type"/>.</summary>
    /// <exception cref="NotebookParameterException">The value does not parse as that type.</exception>
    public static string Literal(string type, string value, string name = "value", string notebookName = "notebook")
    {
        var invariant = CultureInfo.InvariantCulture;
        NotebookParameterException Bad(string expected) =>
            new($"{notebookName}: parameter '{name}' is a {type} and expects {expected}, got '{value}'");
        switch (type)
        {
            case "bool":
                return bool.TryParse(value, out bool b) ? (b ? "true" : "false") : throw Bad("true or false");
            case "int":
                return int.TryParse(value, NumberStyles.Integer, invariant, out int i) ? i.ToString(invariant) : throw Bad("a whole number");
            case "long":
                return long.TryParse(value, NumberStyles.Integer, invariant, out long l) ? l.ToString(invariant) + "L" : throw Bad("a whole number");
            case "float":
                return float.TryParse(value, NumberStyles.Float, invariant, out float f) && float.IsFinite(f) ? f.ToString("R", invariant) + "f" : throw Bad("a finite number");
            case "double":
                return double.TryParse(value, NumberStyles.Float, invariant, out double d) && double.IsFinite(d) ? d.ToString("R", invariant) + "d" : throw Bad("a finite number");
            case "decimal":
                return decimal.TryParse(value, NumberStyles.Float, invariant, out decimal m) ? m.ToString(invariant) + "m" : throw Bad("a number");
            case "string":
                return SymbolDisplay.FormatLiteral(value, quote: true);
            default:
                throw new NotebookParameterException(
                    $"{notebookName}: parameter '{name}' has type {type}; only {string.Join(", ", SupportedTypes[..^1])} and {SupportedTypes[^1]} parameters can be set");
        }
    }

    private static string InferType(string value)
    {
        var invariant = CultureInfo.InvariantCulture;
        if (bool.TryParse(value, out _)) return "bool";
        if (int.TryParse(value, NumberStyles.Integer, invariant, out _)) return "int";
        if (double.TryParse(value, NumberStyles.Float, invariant, out double d) && double.IsFinite(d)) return "double";
        return "string";
    }

    private static List<NotebookParameter> Declarations(string source)
    {
        // Directive lines (#!csharp) are not C#; blank them so they do not confuse the parser.
        string code = string.Join('\n', source.Split('\n').Select(l => l.TrimStart().StartsWith("#!", StringComparison.Ordinal) ? "" : l));
        var root = CSharpSyntaxTree.ParseText(code, new CSharpParseOptions(kind: SourceCodeKind.Script)).GetRoot();
        var parameters = new List<NotebookParameter>();
        foreach (var declaration in root.DescendantNodes().OfType<VariableDeclarationSyntax>())
        {
            if (declaration.Parent is not (FieldDeclarationSyntax or LocalDeclarationStatementSyntax)) continue;
            foreach (var variable in declaration.Variables)
            {
                if (variable.Initializer is null) continue;
                string type = declaration.Type.IsVar ? TypeOfLiteral(variable.Initializer.Value) : Keyword(declaration.Type.ToString());
                parameters.Add(new NotebookParameter(variable.Identifier.Text, type, variable.Initializer.Value.ToString()));
            }
        }
        return parameters;
    }

    private static string Keyword(string type) => type switch
    {
        "System.Boolean" or "Boolean" => "bool",
        "System.Int32" or "Int32" => "int",
        "System.Int64" or "Int64" => "long",
        "System.Single" or "Single" => "float",
        "System.Double" or "Double" => "double",
        "System.Decimal" or "Decimal" => "decimal",
        "System.String" or "String" => "string",
        _ => type,
    };

    private static string TypeOfLiteral(ExpressionSyntax value)
    {
        var literal = value is PrefixUnaryExpressionSyntax { Operand: LiteralExpressionSyntax inner } ? inner : value as LiteralExpressionSyntax;
        return literal?.Token.Value switch
        {
            bool => "bool",
            int => "int",
            long => "long",
            float => "float",
            double => "double",
            decimal => "decimal",
            string => "string",
            _ => "var",
        };
    }
}
