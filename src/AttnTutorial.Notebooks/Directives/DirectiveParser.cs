using System.Text.RegularExpressions;

namespace AttnTutorial.Notebooks.Directives;

/// <summary>
/// Finds the directives .NET Interactive understood in a C# cell: <c>#!csharp</c> (ignored), <c>#!time</c>,
/// <c>#r "nuget: ..."</c>, <c>#r "path.dll"</c> and <c>#i "nuget: source"</c>. A line naming another kernel
/// (<c>#!fsharp</c>, <c>#!pwsh</c>, ...) or an unknown magic command is an error that names it.
/// </summary>
public static partial class DirectiveParser
{
    [GeneratedRegex("""^#(?<kind>[ri])\s+"(?<arg>[^"]*)"\s*(//.*)?$""")]
    private static partial Regex ReferenceLine();

    [GeneratedRegex("""^#!(?<name>\S+)(\s.*)?$""")]
    private static partial Regex MagicLine();

    /// <exception cref="DirectiveException">A directive is malformed, names another language, or is not supported.</exception>
    public static ParsedCell Parse(string code)
    {
        string[] lines = code.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var directives = new List<Directive>();
        for (int i = 0; i < lines.Length; i++)
        {
            int lineNumber = i + 1;
            string line = lines[i].Trim();
            if (line.StartsWith("#!", StringComparison.Ordinal))
            {
                var magic = MagicLine().Match(line);
                string name = magic.Success ? magic.Groups["name"].Value : line[2..];
                if (KernelNames.IsCSharp(name))
                {
                    // The cell's language marker; C# is what runs anyway.
                }
                else if (name == "time")
                {
                    directives.Add(new TimeDirective(lineNumber));
                }
                else if (KernelNames.IsKernel(name))
                {
                    throw new DirectiveException(lineNumber,
                        $"the cell is in {KernelNames.Describe(name)}; this engine runs only C# cells (#!csharp)");
                }
                else
                {
                    throw new DirectiveException(lineNumber,
                        $"unknown or unsupported magic command '#!{name}' (supported: #!csharp, #!time, #r, #i)");
                }
                lines[i] = "";
            }
            else if (line.StartsWith("#r", StringComparison.Ordinal) || line.StartsWith("#i", StringComparison.Ordinal))
            {
                if (line.Length > 2 && !char.IsWhiteSpace(line[2]) && line[2] != '"') continue; // e.g. #region, #if
                var match = ReferenceLine().Match(line);
                if (!match.Success)
                    throw new DirectiveException(lineNumber, $"malformed directive '{line}': expected #{line[1]} \"...\"");
                directives.Add(ParseReference(lineNumber, match.Groups["kind"].Value[0], match.Groups["arg"].Value.Trim()));
                lines[i] = "";
            }
        }
        return new ParsedCell(string.Join('\n', lines), directives);
    }

    private static Directive ParseReference(int line, char kind, string argument)
    {
        const string NuGetPrefix = "nuget:";
        bool isNuGet = argument.StartsWith(NuGetPrefix, StringComparison.OrdinalIgnoreCase);
        if (kind == 'i')
        {
            if (!isNuGet)
                throw new DirectiveException(line, $"#i \"{argument}\": only package sources are supported, as #i \"nuget: https://...\" or #i \"nuget: /local/folder\"");
            string source = argument[NuGetPrefix.Length..].Trim();
            if (source.Length == 0) throw new DirectiveException(line, "#i \"nuget:\" names no package source");
            return new PackageSourceDirective(line, source);
        }
        if (!isNuGet)
        {
            if (argument.Length == 0) throw new DirectiveException(line, "#r \"\" names no assembly");
            return new AssemblyReferenceDirective(line, argument);
        }
        string[] parts = argument[NuGetPrefix.Length..].Split(',', StringSplitOptions.TrimEntries);
        if (parts.Length is < 1 or > 2 || parts[0].Length == 0 || parts[0].Any(char.IsWhiteSpace))
            throw new DirectiveException(line, $"#r \"{argument}\": expected #r \"nuget: PackageName\" or #r \"nuget: PackageName, Version\"");
        string? version = parts.Length == 2 && parts[1].Length > 0 ? parts[1] : null;
        if (version is not null && version.Any(char.IsWhiteSpace))
            throw new DirectiveException(line, $"#r \"{argument}\": the version '{version}' contains spaces");
        return new NuGetReferenceDirective(line, parts[0], version);
    }
}
