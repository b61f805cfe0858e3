using System.Net;
using System.Text.RegularExpressions;

namespace AttnTutorial.Notebooks.Rendering;

/// <summary>
/// Anchors on the print page (print.html), where every chapter shares one page. Each chapter is an
/// <c>&lt;article&gt;</c> whose id is its page's name ("05-training"), and every id its markdown made (headings,
/// footnotes, anchors written in the cells) is prefixed with it ("summary" → "05-training--summary"): two chapters with a
/// "Summary" no longer share an id, so links and the PDF's outline land in the right chapter. Links follow: "#summary"
/// within the chapter, "06-evaluation.html#summary" to another chapter and "06-evaluation.html" itself all lead into
/// the print page.
/// </summary>
internal sealed partial class PrintAnchors
{
    private readonly Dictionary<string, BookChapter> _chaptersByPage;

    public PrintAnchors(IEnumerable<BookChapter> chapters)
    {
        _chaptersByPage = chapters.GroupBy(c => c.PageName, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
    }

    /// <summary>The chapter's article id on the print page: its page's name without ".html".</summary>
    public static string ChapterId(BookChapter chapter) => Path.GetFileNameWithoutExtension(chapter.PageName);

    /// <summary>The id <paramref name="id"/> of <paramref name="chapter"/>'s page has on the print page.</summary>
    public static string Id(BookChapter chapter, string id) => $"{ChapterId(chapter)}--{id}";

    /// <summary>Where a link to <paramref name="pageName"/> (a book page, e.g. from the contents) leads on the print page.</summary>
    public string Href(string pageName) =>
        _chaptersByPage.TryGetValue(pageName, out var chapter) ? "#" + ChapterId(chapter) : pageName;

    // An id, name or href attribute inside a tag. Markdig and KaTeX write attribute values in double quotes with '"', '<'
    // and '>' escaped, so a value never holds them.
    [GeneratedRegex("""(?<=<[A-Za-z][^<>]*\s)(?<attribute>id|name|href)="(?<value>[^"]*)"(?=[^<]*>)""")]
    private static partial Regex Attribute();

    /// <summary>
    /// <paramref name="html"/>, made by the markdown of <paramref name="chapter"/> for its own page, as it goes on the
    /// print page: ids prefixed, links to anchors and to the book's pages turned into links within the print page.
    /// Other links (the web, the repository, files) are left alone.
    /// </summary>
    public string Rewrite(BookChapter chapter, string html) => Attribute().Replace(html, match =>
    {
        string attribute = match.Groups["attribute"].Value;
        string value = match.Groups["value"].Value;
        if (attribute != "href") return $"{attribute}=\"{HtmlText.Encode(Id(chapter, WebUtility.HtmlDecode(value)))}\"";
        string url = WebUtility.HtmlDecode(value);
        int hash = url.IndexOf('#', StringComparison.Ordinal);
        string page = hash < 0 ? url : url[..hash];
        string? fragment = hash < 0 ? null : Uri.UnescapeDataString(url[(hash + 1)..]);
        BookChapter? target = page.Length == 0 ? chapter : _chaptersByPage.GetValueOrDefault(Uri.UnescapeDataString(page));
        if (target is null) return match.Value;
        string anchor = fragment is null or "" ? ChapterId(target) : Id(target, fragment);
        return $"href=\"#{HtmlText.Encode(anchor)}\"";
    });
}
