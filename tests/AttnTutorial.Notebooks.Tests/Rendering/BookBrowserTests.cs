using System.Net;
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

    // print.html holds every chapter and solution: many share headings ("Summary", "Exercises"), which once shared ids.
    [Fact]
    public void PrintPage_OfTheCourse_HasUniqueIdsAndEveryLinkLeadsToOne()
    {
        string print = File.ReadAllText(book.Result.PrintPage!);

        var ids = Regex.Matches(print, "\\sid=\"([^\"]*)\"").Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();
        var duplicates = ids.GroupBy(id => id).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        var links = Regex.Matches(print, "href=\"#([^\"]*)\"").Select(m => Uri.UnescapeDataString(WebUtility.HtmlDecode(m.Groups[1].Value))).ToList();
        var unknown = links.Where(link => !ids.Contains(link)).Distinct().ToList();

        Assert.True(duplicates.Count == 0, "ids used twice on print.html: " + string.Join(", ", duplicates.Take(20)));
        Assert.True(unknown.Count == 0, "links on print.html to no id: " + string.Join(", ", unknown.Take(20)));
        Assert.Contains("09-multi-head-and-positions--summary", ids);
        Assert.Contains("solutions-09-multi-head-and-positions", ids);
        // Links between pages became links within the page: the title page's contents, and chapters' links to chapters.
        Assert.Contains("09-multi-head-and-positions", links);
        Assert.DoesNotMatch("<a href=\"(solutions-)?[0-9]{2}-[a-z-]+\\.html", print);
    }

    // Chapter 09's sinusoidal encoding once showed "2i{+}1" in its search snippets, and formulas with a command were left out; no snippet shows TeX.
    [Fact]
    public void SearchIndex_OfTheCourse_ShowsFormulasAsText()
    {
        string script = File.ReadAllText(Path.Combine(book.Folder, "assets", "search-index.js"));
        var index = JsonNode.Parse(script[(script.IndexOf('=', StringComparison.Ordinal) + 1)..].Trim().TrimEnd(';'))!;
        var stored = index["index"]!["storedFields"]!.AsObject().Select(p => p.Value!).ToList();

        var tex = stored.Select(s => (string?)s["title"] + " | " + (string?)s["snippet"])
            .Where(text => Regex.IsMatch(text, @"\\(frac|sum|alpha|mathbb|mathrm|top|begin|text|left|right|cos|sin|odot|in|cdot|sigma|tanh|hat|lVert)\b|\{\+\}")).ToList();
        Assert.True(tex.Count == 0, "snippets with TeX: " + string.Join("\n", tex.Take(10)));
        string Snippet(string title) => (string)stored.First(s => (string?)s["title"] == title && ((string?)s["chapter"])!.StartsWith("09", StringComparison.Ordinal))["snippet"]!;
        Assert.Contains("PE(pos, 2i) = sin(", Snippet("The sinusoidal positional encoding"), StringComparison.Ordinal);
        Assert.Contains("PE(pos, 2i+1) = cos(", Snippet("Summary"), StringComparison.Ordinal);
    }

    // The course's charts are 1,000-1,100 px wide; a chapter's column at 1,280 px is about 910. A chart wider than the
    // column is drawn at its width, follows it when the window narrows, and never grows past its own width.
    [ChromiumFact]
    public async Task WideChart_OnALaptopScreen_FitsTheColumnAndFollowsTheWindow()
    {
        using var folder = new TempFolder();
        var notebook = new Notebook();
        notebook.Cells.Add(new NotebookCell(CellType.Markdown, "# Wide charts"));
        foreach (int? width in new int?[] { 1400, null, 500 })
        {
            var layout = new JsonObject { ["height"] = 300 };
            if (width is int w) layout["width"] = w;
            notebook.Cells.Add(ChartCells.Scatter(layout));
        }
        new AttnTutorial.Notebooks.Rendering.BookRenderer().Render([new AttnTutorial.Notebooks.Rendering.BookChapter("01-wide.ipynb", notebook)], folder.Path);
        await using var browser = await HeadlessChromium.StartAsync();
        var page = await browser.OpenPageAsync(width: 1280, height: 900);
        await page.NavigateAsync(new Uri(folder.File("01-wide.html")).AbsoluteUri, PageLoad);
        Assert.Equal(3, (int)(await page.EvaluateAsync("window.bookReady()"))!);

        var laptop = await ChartWidthsAsync(page);
        await page.SetViewportAsync(800, 900);
        var narrow = await ChartWidthsAsync(page, waitFor: "c => c.column < 800 && c.charts.every(chart => chart.svg <= c.column)");
        await page.SetViewportAsync(1280, 900);
        var wideAgain = await ChartWidthsAsync(page, waitFor: "c => c.column > 800 && c.charts[0].svg > 800 && c.charts[1].svg > 800");
        await File.WriteAllBytesAsync(Path.Combine(Screenshots, "book-wide-chart.png"), await page.ScreenshotAsync());
        // The column, not the window, sets the width: a scroll bar appearing narrows the column in a window of the same size.
        await page.EvaluateAsync("document.querySelector('main').style.paddingRight = '150px'");
        var narrowerColumn = await ChartWidthsAsync(page, waitFor: "c => c.charts.every(chart => chart.svg <= c.column)");

        foreach (var (name, widths) in new[] { ("1280 px", laptop), ("800 px", narrow), ("1280 px again", wideAgain), ("a narrower column", narrowerColumn) })
        {
            double column = (double)widths["column"]!;
            Assert.True((double)widths["page"]! <= (double)widths["window"]!, $"{name}: the page is wider than the window: {widths.ToJsonString()}");
            foreach (var chart in widths["charts"]!.AsArray())
            {
                // The chart's box stays in the column, and nothing of the chart is hidden to its right.
                Assert.True((double)chart!["box"]! <= column + 0.5, $"{name}: a chart's box is wider than the column: {widths.ToJsonString()}");
                Assert.True((double)chart["svg"]! <= column + 0.5 && (double)chart["scroll"]! <= (double)chart["box"]! + 0.5, $"{name}: a chart is wider than its column: {widths.ToJsonString()}");
            }
        }
        // The 1,400 px chart fills the column; the 500 px one keeps its own width.
        Assert.Equal((double)laptop["column"]!, (double)laptop["charts"]![0]!["svg"]!, 0.5);
        Assert.Equal(500, (double)narrow["charts"]![2]!["svg"]!, 0.5);
        Assert.Equal((double)wideAgain["column"]!, (double)wideAgain["charts"]![0]!["svg"]!, 0.5);
    }

    /// <summary>The width of main's content box, the window, the page, and each chart's box, drawing and scroll width, once <paramref name="waitFor"/> holds (10 s at most).</summary>
    private static async Task<JsonObject> ChartWidthsAsync(ChromiumPage page, string waitFor = "c => true") =>
        (JsonObject)(await page.EvaluateAsync($$"""
            new Promise((resolve, reject) => {
                const measure = () => {
                    const main = document.querySelector('main'), style = getComputedStyle(main);
                    return {
                        column: main.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight),
                        window: window.innerWidth,
                        page: document.documentElement.scrollWidth,
                        charts: [...document.querySelectorAll('.output.plotly')].map(box => ({
                            box: box.getBoundingClientRect().width,
                            scroll: box.scrollWidth,
                            svg: box.querySelector('svg.main-svg').getBoundingClientRect().width,
                        })),
                    };
                };
                const started = Date.now();
                const poll = () => {
                    const widths = measure();
                    if (({{waitFor}})(widths)) resolve(widths);
                    else if (Date.now() - started > 10000) reject(new Error('not within 10 s: ' + JSON.stringify(widths)));
                    else setTimeout(poll, 50);
                };
                poll();
            })
            """))!;

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
