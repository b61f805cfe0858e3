using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using AttnTutorial.Notebooks.Browser;
using AttnTutorial.Notebooks.Ipynb;
using AttnTutorial.TestSupport;

namespace AttnTutorial.Notebooks.Tests.Rendering;

/// <summary>
/// The course's book in a real headless Chromium with no network, driven over the DevTools Protocol: math typeset on
/// every chapter, the search finds chapter 09, previous/next lead where they should, no page asks the network for
/// anything. Screenshots of a chapter and of search results stay in artifacts/test-screenshots/ for a person to look at.
/// </summary>
public sealed class BookBrowserTests(CourseBookFixture book) : IClassFixture<CourseBookFixture>
{
    private static readonly TimeSpan PageLoad = TimeSpan.FromSeconds(60);

    private static string Screenshots => Directory.CreateDirectory(Path.Combine(RepoPaths.Root, "artifacts", "test-screenshots")).FullName;

    /// <summary>What a reader sees outside code: the text left after code and KaTeX's output are taken out, and the counts of typeset formulas.</summary>
    private const string MathCheck = """
        (() => {
            const main = document.querySelector('main').cloneNode(true);
            main.querySelectorAll('pre, code, .katex').forEach(e => e.remove());
            const raw = main.textContent.match(/\$[^$\s][^$]*\$|\\(frac|sum|alpha|mathbb|mathrm|top|begin|text|left|big)\b/g) || [];
            return { katex: document.querySelectorAll('.katex').length, errors: document.querySelectorAll('.katex-error, .math-error').length, raw: raw };
        })()
        """;

    [ChromiumFact]
    public async Task EveryChapterPage_HasTypesetMathAndNoRawTex()
    {
        Assert.Empty(book.Result.Warnings);
        await using var browser = await HeadlessChromium.StartAsync();
        var page = await browser.OpenPageAsync();
        int pagesWithMath = 0;
        foreach (var chapter in book.Chapters)
        {
            await page.NavigateAsync(book.Url(chapter.PageName), PageLoad);
            var check = (JsonObject)(await page.EvaluateAsync(MathCheck))!;
            bool sourceHasMath = chapter.Notebook.Cells.Any(c => c.Type == CellType.Markdown && Regex.IsMatch(c.Source, @"\$[^$\s]"));

            Assert.True(((JsonArray)check["raw"]!).Count == 0, $"{chapter.PageName} shows raw TeX: {check["raw"]!.ToJsonString()}");
            Assert.True((int)check["errors"]! == 0, $"{chapter.PageName} has formulas KaTeX rejected");
            if (sourceHasMath)
            {
                Assert.True((int)check["katex"]! > 0, $"{chapter.PageName} has math in its markdown but no KaTeX element");
                pagesWithMath++;
            }
        }
        // All chapters but 00 (which has no formula) and most solutions carry math.
        Assert.True(pagesWithMath >= 12, $"only {pagesWithMath} pages had math");
        await page.NavigateAsync(book.Url("04-attention-pooling.html"), PageLoad);
        await File.WriteAllBytesAsync(Path.Combine(Screenshots, "book-chapter.png"), await page.ScreenshotAsync());
    }

    [ChromiumFact]
    public async Task Search_AWordFromChapter09_FindsChapter09AndLeadsToTheSection()
    {
        await using var browser = await HeadlessChromium.StartAsync();
        var page = await browser.OpenPageAsync();
        await page.NavigateAsync(book.Url("01-softmax-weighting.html"), PageLoad);

        await page.EvaluateAsync("document.getElementById('search-input').focus()");
        await page.InsertTextAsync("sinusoidal");
        var hrefs = await WaitForResultsAsync(page);

        Assert.StartsWith("09-multi-head-and-positions.html#", hrefs[0], StringComparison.Ordinal);
        await File.WriteAllBytesAsync(Path.Combine(Screenshots, "book-search.png"), await page.ScreenshotAsync());
        await page.FollowAsync("document.querySelector('#search-results a').click()", PageLoad);
        string location = (string)(await page.EvaluateAsync("location.pathname.split('/').pop() + location.hash"))!;
        Assert.Equal(hrefs[0], location);
        Assert.Equal("The sinusoidal positional encoding #", (string?)await page.EvaluateAsync("document.getElementById(location.hash.slice(1)).textContent"));
    }

    [ChromiumFact]
    public async Task Search_AWordInNoChapter_SaysNothingWasFound()
    {
        await using var browser = await HeadlessChromium.StartAsync();
        var page = await browser.OpenPageAsync();
        await page.NavigateAsync(book.Url("index.html"), PageLoad);

        await page.EvaluateAsync("document.getElementById('search-input').focus()");
        await page.InsertTextAsync("xylophonequartz");

        Assert.Equal("Nothing found.", (string?)await page.EvaluateAsync("""
            new Promise(resolve => { const poll = () => { const e = document.querySelector('#search-results .search-empty'); e ? resolve(e.textContent) : setTimeout(poll, 50); }; poll(); })
            """));
    }

    [ChromiumFact]
    public async Task PreviousAndNext_LeadThroughTheBookInOrder()
    {
        await using var browser = await HeadlessChromium.StartAsync();
        var page = await browser.OpenPageAsync();
        await page.NavigateAsync(book.Url("05-training.html"), PageLoad);

        await page.FollowAsync("document.querySelector('a[rel=next]').click()", PageLoad);
        string afterNext = await PageNameAsync(page);
        await page.FollowAsync("document.querySelector('a[rel=prev]').click()", PageLoad);
        await page.FollowAsync("document.querySelector('a[rel=prev]').click()", PageLoad);
        string afterTwoPrev = await PageNameAsync(page);
        await page.NavigateAsync(book.Url("00-start-here.html"), PageLoad);
        await page.FollowAsync("document.querySelector('a[rel=prev]').click()", PageLoad);
        string beforeFirst = await PageNameAsync(page);
        await page.NavigateAsync(book.Url("14-space-and-time.html"), PageLoad); // the last chapter
        await page.FollowAsync("document.querySelector('a[rel=next]').click()", PageLoad);
        string afterLastChapter = await PageNameAsync(page);
        await page.FollowAsync("document.querySelector('a.chapter-link').click()", PageLoad);
        string solutionsChapter = await PageNameAsync(page);

        Assert.Equal(("06-evaluation.html", "04-attention-pooling.html", "index.html"), (afterNext, afterTwoPrev, beforeFirst));
        // The instructor's book goes on into the appendix, and a solution leads back to its chapter.
        Assert.Equal(("solutions-00-start-here.html", "00-start-here.html"), (afterLastChapter, solutionsChapter));
    }

    [ChromiumFact]
    public async Task EveryPage_AndTheSearch_RequestNothingButLocalFiles()
    {
        await using var browser = await HeadlessChromium.StartAsync();
        var page = await browser.OpenPageAsync();
        foreach (string name in book.Chapters.Select(c => c.PageName).Prepend("index.html"))
        {
            await page.NavigateAsync(book.Url(name), PageLoad);
        }
        await page.EvaluateAsync("document.getElementById('search-input').focus()");
        await page.InsertTextAsync("attention");
        await WaitForResultsAsync(page);

        Assert.DoesNotContain(page.Requests, url => !url.StartsWith("file:", StringComparison.Ordinal) && !url.StartsWith("data:", StringComparison.Ordinal));
        // The search's files were loaded on demand, and the KaTeX fonts the math needs.
        Assert.Contains(page.Requests, url => url.EndsWith("/assets/search-index.js", StringComparison.Ordinal));
        Assert.Contains(page.Requests, url => url.EndsWith(".woff2", StringComparison.Ordinal));
    }

    // The request check must be able to fail: a page that fetches a remote image is caught.
    [ChromiumFact]
    public async Task Requests_PageWithARemoteImage_RecordsIt()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("remote.html"), "<html><body><img src=\"https://example.com/pixel.png\"></body></html>");
        await using var browser = await HeadlessChromium.StartAsync();
        var page = await browser.OpenPageAsync();

        await page.NavigateAsync(new Uri(folder.File("remote.html")).AbsoluteUri, PageLoad);

        Assert.Contains("https://example.com/pixel.png", page.Requests);
    }

    private static async Task<string> PageNameAsync(ChromiumPage page) => (string)(await page.EvaluateAsync("location.pathname.split('/').pop()"))!;

    private static async Task<List<string>> WaitForResultsAsync(ChromiumPage page)
    {
        var hrefs = await page.EvaluateAsync("""
            new Promise((resolve, reject) => {
                const started = Date.now();
                const poll = () => {
                    const links = [...document.querySelectorAll('#search-results a')];
                    if (links.length > 0) resolve(links.map(a => a.getAttribute('href')));
                    else if (Date.now() - started > 30000) reject(new Error('no search results within 30 s'));
                    else setTimeout(poll, 50);
                };
                poll();
            })
            """);
        return ((JsonArray)hrefs!).Select(h => (string)h!).ToList();
    }
}
