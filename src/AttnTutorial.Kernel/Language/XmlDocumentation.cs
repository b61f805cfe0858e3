using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using Microsoft.CodeAnalysis;

namespace AttnTutorial.Kernel.Language;

/// <summary>
/// The XML doc summary of a symbol: from source for what cells declared, else from the XML file that ships beside the
/// assembly (our library), in the NuGet cache (TorchSharp, Plotly.NET) or in the SDK's reference pack (the BCL, whose
/// implementation assemblies the session compiles against carry no docs).
/// </summary>
internal static partial class XmlDocumentation
{
    private static readonly ConcurrentDictionary<string, IReadOnlyDictionary<string, XElement>> Files = new(StringComparer.Ordinal);

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    /// <summary>The summary as one plain-text paragraph, or null when no documentation is found.</summary>
    public static string? Summary(ISymbol symbol)
    {
        symbol = symbol.OriginalDefinition;
        string? xml = symbol.GetDocumentationCommentXml();
        XElement? member = null;
        if (!string.IsNullOrWhiteSpace(xml))
        {
            try
            {
                member = XElement.Parse(xml);
            }
            catch (XmlException)
            {
                return null;
            }
        }
        else if (symbol.GetDocumentationCommentId() is { } id && symbol.ContainingAssembly is { } assembly)
        {
            member = CandidateFiles(assembly.Name, symbol.ContainingNamespace?.ToDisplayString() ?? "")
                .Select(file => Members(file).GetValueOrDefault(id))
                .FirstOrDefault(m => m is not null);
        }
        return member?.Element("summary") is { } summary ? PlainText(summary) : null;
    }

    private static string PlainText(XElement element)
    {
        var b = new StringBuilder();
        foreach (var node in element.Nodes())
        {
            if (node is XText text) b.Append(text.Value);
            else if (node is XElement e)
            {
                string? reference = (string?)e.Attribute("cref") ?? (string?)e.Attribute("name") ?? (string?)e.Attribute("langword");
                if (reference is not null && e.IsEmpty) b.Append(ShortName(reference));
                else b.Append(PlainText(e));
            }
        }
        return Whitespace().Replace(b.ToString(), " ").Trim();
    }

    // "M:System.Math.Abs(System.Double)" → "Math.Abs"
    private static string ShortName(string reference)
    {
        string name = reference.Length > 2 && reference[1] == ':' ? reference[2..] : reference;
        int paren = name.IndexOf('(', StringComparison.Ordinal);
        if (paren >= 0) name = name[..paren];
        string[] parts = name.Split('.');
        return parts.Length >= 2 ? $"{parts[^2]}.{parts[^1]}" : name;
    }

    private static IEnumerable<string> CandidateFiles(string assemblyName, string ns)
    {
        var loaded = AppDomain.CurrentDomain.GetAssemblies()
            .FirstOrDefault(a => !a.IsDynamic && a.Location.Length > 0 && a.GetName().Name == assemblyName);
        if (loaded is not null) yield return Path.ChangeExtension(loaded.Location, ".xml");
        foreach (string file in NuGetCacheFiles(assemblyName)) yield return file;
        if (ReferencePackFolder() is not { } pack) yield break;
        yield return Path.Combine(pack, assemblyName + ".xml");
        // The BCL's implementation lives in System.Private.CoreLib and friends; its docs are filed by contract assembly,
        // which is usually named after the namespace or a parent of it.
        for (string name = ns; name.Length > 0; name = name.Contains('.', StringComparison.Ordinal) ? name[..name.LastIndexOf('.')] : "")
            yield return Path.Combine(pack, name + ".xml");
        yield return Path.Combine(pack, "System.Runtime.xml");
    }

    private static IEnumerable<string> NuGetCacheFiles(string assemblyName)
    {
        string root = Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        string package = Path.Combine(root, assemblyName.ToLowerInvariant());
        if (!Directory.Exists(package)) return [];
        return Directory.GetDirectories(package).Order(StringComparer.Ordinal).Reverse()
            .SelectMany(version => Directory.Exists(Path.Combine(version, "lib"))
                ? Directory.GetFiles(Path.Combine(version, "lib"), assemblyName + ".xml", SearchOption.AllDirectories)
                : []);
    }

    private static string? ReferencePackFolder()
    {
        // <dotnet>/shared/Microsoft.NETCore.App/<version>/ → <dotnet>/packs/Microsoft.NETCore.App.Ref/<version>/ref/net<major>.<minor>/
        var runtime = new DirectoryInfo(RuntimeEnvironment.GetRuntimeDirectory().TrimEnd(Path.DirectorySeparatorChar));
        string? dotnetRoot = runtime.Parent?.Parent?.Parent?.FullName;
        if (dotnetRoot is null) return null;
        string packs = Path.Combine(dotnetRoot, "packs", "Microsoft.NETCore.App.Ref");
        if (!Directory.Exists(packs)) return null;
        string framework = $"net{Environment.Version.Major}.{Environment.Version.Minor}";
        return Directory.GetDirectories(packs)
            .Where(v => Path.GetFileName(v).StartsWith($"{Environment.Version.Major}.{Environment.Version.Minor}.", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(v => Path.Combine(v, "ref", framework))
            .LastOrDefault(Directory.Exists);
    }

    private static IReadOnlyDictionary<string, XElement> Members(string file) =>
        Files.GetOrAdd(file, path =>
        {
            if (!File.Exists(path)) return new Dictionary<string, XElement>();
            try
            {
                return XDocument.Load(path).Descendants("member")
                    .Where(m => m.Attribute("name") is not null)
                    .DistinctBy(m => (string)m.Attribute("name")!)
                    .ToDictionary(m => (string)m.Attribute("name")!, StringComparer.Ordinal);
            }
            catch (Exception e) when (e is XmlException or IOException or UnauthorizedAccessException)
            {
                return new Dictionary<string, XElement>();
            }
        });
}
