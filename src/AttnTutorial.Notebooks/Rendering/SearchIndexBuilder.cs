using System.Text.Json.Nodes;
using Jint;

namespace AttnTutorial.Notebooks.Rendering;

/// <summary>
/// The book's search index, built at render time with MiniSearch (vendored in Assets/minisearch) run in Jint, and
/// written as <c>assets/search-index.js</c>. A page loads it (and MiniSearch) only when the reader first uses the search
/// box (assets/book.js); a script rather than JSON, because a page opened from disk may not fetch files.
/// One document per section; a result links to the section's heading.
/// </summary>
internal static class SearchIndexBuilder
{
    /// <summary>MiniSearch's options; the page must load the index with the same ones, so the script carries them.</summary>
    private static readonly JsonObject Options = new()
    {
        ["fields"] = new JsonArray("title", "chapter", "text"),
        ["storeFields"] = new JsonArray("title", "chapter", "snippet"),
    };

    private const int SnippetLength = 180;

    public static string Script(IReadOnlyList<ChapterContent> chapters)
    {
        var documents = new JsonArray();
        foreach (var content in chapters)
        {
            foreach (var section in content.Sections)
            {
                documents.Add(new JsonObject
                {
                    ["id"] = section.Heading.Id.Length == 0 ? content.Chapter.PageName : $"{content.Chapter.PageName}#{section.Heading.Id}",
                    ["title"] = section.Heading.Text,
                    ["chapter"] = content.Chapter.Title,
                    ["text"] = section.Text,
                    ["snippet"] = Snippet(section.Text),
                });
            }
        }

        using var engine = new Engine(options => options.Strict());
        engine.Execute(BookAssets.ReadText("minisearch/minisearch.js"));
        engine.SetValue("documentsJson", documents.ToJsonString());
        engine.SetValue("optionsJson", Options.ToJsonString());
        string index = engine.Evaluate("""
            (function () {
                const search = new MiniSearch(JSON.parse(optionsJson));
                search.addAll(JSON.parse(documentsJson));
                return JSON.stringify(search);
            })()
            """).AsString();
        return $"window.bookSearchIndex = {{\"options\": {Options.ToJsonString()}, \"index\": {index}}};\n";
    }

    private static string Snippet(string text)
    {
        if (text.Length <= SnippetLength) return text;
        int cut = text.LastIndexOf(' ', SnippetLength);
        return text[..(cut > SnippetLength / 2 ? cut : SnippetLength)] + " …";
    }
}
