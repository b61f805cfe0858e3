namespace AttnTutorial.Notebooks.Directives;

/// <summary>The kernel names and aliases .NET Interactive / Polyglot Notebooks used, as they appear after <c>#!</c>.</summary>
public static class KernelNames
{
    public const string CSharp = "csharp";

    private static readonly string[] CSharpNames = ["csharp", "c#", "C#"];

    /// <summary>Every kernel name and alias .NET Interactive knew, including the pseudo-kernels markdown and meta.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        "csharp", "c#", "C#",
        "fsharp", "f#", "F#",
        "pwsh", "powershell",
        "javascript", "js",
        "html", "markdown", "md", "mermaid", "sql", "kql", "value", "http", "python", "r", "meta",
    ];

    public static bool IsCSharp(string name) => CSharpNames.Contains(name, StringComparer.Ordinal)
        || name.Equals("csharp", StringComparison.OrdinalIgnoreCase) || name.Equals("c#", StringComparison.OrdinalIgnoreCase);

    public static bool IsMarkdown(string name) => name is "markdown" or "md";

    public static bool IsKernel(string name) => All.Contains(name, StringComparer.Ordinal);

    /// <summary>
    /// True when a notebook's or cell's language metadata names a kernel other than C# (any case: "F#", "python").
    /// Names this engine does not know, such as Polyglot's "polyglot-notebook", are not taken as another language.
    /// </summary>
    public static bool IsOtherLanguage(string language) =>
        !IsCSharp(language) && All.Contains(language, StringComparer.OrdinalIgnoreCase) && !IsMarkdown(language.ToLowerInvariant());

    /// <summary>A readable name for an error message, e.g. "F# (#!fsharp)".</summary>
    public static string Describe(string name) => name.ToLowerInvariant() switch
    {
        "fsharp" or "f#" => $"F# (#!{name})",
        "pwsh" or "powershell" => $"PowerShell (#!{name})",
        "javascript" or "js" => $"JavaScript (#!{name})",
        _ => $"#!{name}",
    };
}
