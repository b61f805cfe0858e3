using System.Reflection;
using System.Text;
using AttnTutorial.IO;

namespace AttnTutorial.Notebooks.Rendering;

/// <summary>
/// The files every page of the book shares, written once into the book's <c>assets/</c> folder: plotly.js (from
/// Plotly.NET's DLL), KaTeX's stylesheet and fonts, MiniSearch, the book's stylesheet and script, with the vendored
/// libraries' licences. The vendored files are embedded in this assembly (see Assets/README.md for their origin).
/// </summary>
internal static class BookAssets
{
    public const string Folder = "assets";

    private const string ResourcePrefix = "BookAssets/";

    /// <summary>Relative URLs of the shared files, as pages link them.</summary>
    public const string PlotlyJs = "assets/plotly.min.js";
    public const string KatexCss = "assets/katex/katex.min.css";
    public const string MiniSearchJs = "assets/minisearch/minisearch.js";
    public const string BookCss = "assets/book.css";
    public const string BookJs = "assets/book.js";
    public const string SearchIndexJs = "assets/search-index.js";

    /// <summary>Embedded files copied into the book as they are (KaTeX's script runs at render time only, so it stays out).</summary>
    private static IEnumerable<string> CopiedResources() =>
        typeof(BookAssets).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            .Select(n => n[ResourcePrefix.Length..])
            .Where(n => n != "katex/katex.min.js");

    /// <summary>Writes the shared files under <paramref name="bookDirectory"/>/assets and returns their paths.</summary>
    public static IReadOnlyList<string> Write(string bookDirectory, string searchIndexScript)
    {
        var written = new List<string>();
        void Save(string relative, byte[] content)
        {
            string path = Path.Combine(bookDirectory, Folder, relative.Replace('/', Path.DirectorySeparatorChar));
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            AtomicFile.Write(path, stream => stream.Write(content));
            written.Add(path);
        }
        foreach (string name in CopiedResources()) Save(name, Read(name));
        Save("plotly.min.js", Encoding.UTF8.GetBytes(Rendering.PlotlyJs.Script));
        Save("search-index.js", Encoding.UTF8.GetBytes(searchIndexScript));
        return written;
    }

    public static string ReadText(string name) => Encoding.UTF8.GetString(Read(name));

    private static byte[] Read(string name)
    {
        using var stream = typeof(BookAssets).Assembly.GetManifestResourceStream(ResourcePrefix + name)
            ?? throw new InvalidOperationException($"the book asset {name} is not embedded in {typeof(BookAssets).Assembly.GetName().Name}");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
