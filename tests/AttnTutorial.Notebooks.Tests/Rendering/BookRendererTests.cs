using System.Text.RegularExpressions;
using AttnTutorial.Notebooks.Ipynb;
using AttnTutorial.Notebooks.Rendering;
using AttnTutorial.Notebooks.Running;

namespace AttnTutorial.Notebooks.Tests.Rendering;

public class BookRendererTests
{
    private static async Task<BookChapter> Executed(string name)
    {
        var runner = new NotebookRunner(new RunOptions { Parameters = new Dictionary<string, string> { ["quick"] = "true" } });
        string path = Path.Combine(RepoPaths.TestNotebooks, name);
        var result = await runner.RunFileAsync(path);
        Assert.True(result.Succeeded, result.FirstError);
        return new BookChapter(name, result.Executed, SourcePath: path);
    }

    /// <summary>A notebook made in memory: a title, sections, a formula.</summary>
    private static Notebook Markdown(params string[] cells)
    {
        var notebook = new Notebook();
        foreach (string cell in cells) notebook.Cells.Add(new NotebookCell(CellType.Markdown, cell));
        return notebook;
    }

    [Fact]
    public async Task Render_TwoChapters_SharesPlotlyJsOnceInAssetsAndNeedsNoNetwork()
    {
        using var folder = new TempFolder();
        var chapters = new[] { await Executed("01-tensors.ipynb"), await Executed("02-chart.ipynb") };

        var result = new BookRenderer(new BookOptions { Title = "Test book" }).Render(chapters, folder.Path);

        Assert.Empty(result.Warnings);
        Assert.Contains(folder.File("assets/plotly.min.js"), result.Written);
        Assert.Equal(PlotlyJs.Script, File.ReadAllText(folder.File("assets/plotly.min.js")));
        Assert.True(File.Exists(folder.File("assets/katex/katex.min.css")));
        Assert.True(File.Exists(folder.File("assets/katex/fonts/KaTeX_Main-Regular.woff2")));
        Assert.True(File.Exists(folder.File("assets/katex/LICENSE")));
        Assert.True(File.Exists(folder.File("assets/minisearch/minisearch.js")));
        Assert.True(File.Exists(folder.File("assets/minisearch/LICENSE")));
        Assert.StartsWith("window.bookSearchIndex = ", File.ReadAllText(folder.File("assets/search-index.js")), StringComparison.Ordinal);
        string index = File.ReadAllText(folder.File("index.html"));
        Assert.Contains("<a href=\"01-tensors.html\">Tensors in a notebook</a>", index, StringComparison.Ordinal);
        Assert.Contains("<a href=\"02-chart.html\">A Plotly chart</a>", index, StringComparison.Ordinal);
        foreach (string page in new[] { "index.html", "01-tensors.html", "02-chart.html" }.Select(p => File.ReadAllText(folder.File(p))))
        {
            Assert.DoesNotMatch(new Regex("<(script|link|img)[^>]+(src|href)=\"(https?:)?//", RegexOptions.IgnoreCase), page);
            Assert.DoesNotContain(PlotlyJs.Script[..200], page, StringComparison.Ordinal);
        }
        string chart = File.ReadAllText(folder.File("02-chart.html"));
        Assert.Contains("<script src=\"assets/plotly.min.js\"></script>", chart, StringComparison.Ordinal);
        Assert.Contains("Plotly.newPlot(\"02-chart-figure-1\"", chart, StringComparison.Ordinal);
        Assert.Contains("<th>Sin</th>", chart, StringComparison.Ordinal);
        string tensors = File.ReadAllText(folder.File("01-tensors.html"));
        Assert.DoesNotContain("plotly.min.js", tensors, StringComparison.Ordinal);
        Assert.Contains("<span class=\"katex\">", tensors, StringComparison.Ordinal);
        Assert.Contains("Tensor shape [3], dtype Float32", tensors, StringComparison.Ordinal);
        Assert.Contains("step 3/3", tensors, StringComparison.Ordinal);
        Assert.DoesNotContain("step 0/3", tensors, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Chapters_HaveASidebarWithEverySectionPrevNextAndTheNotebookToDownload()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("02-b.ipynb"), "{ \"the source\": true }");
        var chapters = new[]
        {
            new BookChapter("01-a.ipynb", Markdown("# 01 · Alpha\n\nIntro $x_i$.", "## First part\n\ntext\n\n### A detail", "## Summary")),
            new BookChapter("02-b.ipynb", Markdown("# 02 · Beta", "## Summary"), SourcePath: folder.File("02-b.ipynb")),
            new BookChapter("03-c.ipynb", Markdown("# 03 · Gamma")),
        };

        new BookRenderer().Render(chapters, folder.File("book"));

        string first = File.ReadAllText(folder.File("book/01-a.html"));
        string second = File.ReadAllText(folder.File("book/02-b.html"));
        string last = File.ReadAllText(folder.File("book/03-c.html"));
        // Every page's sidebar lists every chapter with its sections; the current chapter is open.
        foreach (string page in new[] { first, second, last })
        {
            Assert.Contains("<a href=\"01-a.html#first-part\">First part</a>", page, StringComparison.Ordinal);
            Assert.Contains("<a href=\"01-a.html#a-detail\">A detail</a>", page, StringComparison.Ordinal);
            Assert.Contains("<a href=\"02-b.html#summary\">Summary</a>", page, StringComparison.Ordinal);
            Assert.Contains("href=\"03-c.html\"", page, StringComparison.Ordinal);
        }
        Assert.Contains("<details open><summary><a href=\"02-b.html\" aria-current=\"page\">02 · Beta</a>", second, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"first-part\">First part <a class=\"anchor\" href=\"#first-part\"", first, StringComparison.Ordinal);
        // Previous and next follow the book's order; the first page goes back to the contents.
        Assert.Contains("<a class=\"prev\" rel=\"prev\" href=\"index.html\">", first, StringComparison.Ordinal);
        Assert.Contains("<a class=\"next\" rel=\"next\" href=\"02-b.html\">", first, StringComparison.Ordinal);
        Assert.Contains("<a class=\"prev\" rel=\"prev\" href=\"01-a.html\">", second, StringComparison.Ordinal);
        Assert.Contains("<a class=\"next\" rel=\"next\" href=\"03-c.html\">", second, StringComparison.Ordinal);
        Assert.DoesNotContain("rel=\"next\"", last, StringComparison.Ordinal);
        // The notebook ships with the book: the source file as it is, or the notebook given when there is no file.
        Assert.Contains("<a href=\"notebooks/02-b.ipynb\" download>Download this notebook</a>", second, StringComparison.Ordinal);
        Assert.Equal("{ \"the source\": true }", File.ReadAllText(folder.File("book/notebooks/02-b.ipynb")));
        Assert.Contains("# 01 · Alpha", IpynbReader.ReadFile(folder.File("book/notebooks/01-a.ipynb")).Cells[0].Source, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_WithSolutions_ChapterAndSolutionLinkEachOther()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder.File("solutions"));
        var chapters = new[]
        {
            new BookChapter("01-a.ipynb", Markdown("# 01 · Alpha"), SourcePath: folder.File("01-a.ipynb")),
            new BookChapter("02-b.ipynb", Markdown("# 02 · Beta"), SourcePath: folder.File("02-b.ipynb")),
            new BookChapter("solutions-01-a.ipynb", Markdown("# Solutions 01"), Appendix: true, SourcePath: folder.File("solutions/01-a.ipynb")),
        };

        new BookRenderer().Render(chapters, folder.File("book"));

        Assert.Contains("<a class=\"solution-link\" href=\"solutions-01-a.html\">Worked solution</a>", File.ReadAllText(folder.File("book/01-a.html")), StringComparison.Ordinal);
        Assert.Contains("<a class=\"chapter-link\" href=\"01-a.html\">Back to the chapter</a>", File.ReadAllText(folder.File("book/solutions-01-a.html")), StringComparison.Ordinal);
        Assert.DoesNotContain("Worked solution", File.ReadAllText(folder.File("book/02-b.html")), StringComparison.Ordinal);
        Assert.Contains("Appendix · worked solutions", File.ReadAllText(folder.File("book/02-b.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_PrintPage_HoldsEveryChapterAfterATitlePage()
    {
        using var folder = new TempFolder();
        var chapters = new[] { new BookChapter("01-a.ipynb", Markdown("# 01 · Alpha\n\n$$\\sum_i x_i$$")), new BookChapter("02-b.ipynb", Markdown("# 02 · Beta")) };

        var result = new BookRenderer(new BookOptions { PrintPage = true }).Render(chapters, folder.Path);

        Assert.Equal(folder.File("print.html"), result.PrintPage);
        string print = File.ReadAllText(folder.File("print.html"));
        Assert.Contains("<body class=\"print\">", print, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"sidebar\"", print, StringComparison.Ordinal);
        Assert.True(print.IndexOf("class=\"title-page\"", StringComparison.Ordinal) < print.IndexOf("<article class=\"chapter\" id=\"01-a\">", StringComparison.Ordinal));
        Assert.True(print.IndexOf("<article class=\"chapter\" id=\"01-a\">", StringComparison.Ordinal) < print.IndexOf("<article class=\"chapter\" id=\"02-b\">", StringComparison.Ordinal));
        Assert.Contains("katex-display", print, StringComparison.Ordinal);
        Assert.Null(new BookRenderer().Render(chapters, folder.File("plain")).PrintPage);
        Assert.False(File.Exists(folder.File("plain/print.html")));
    }

    // Two chapters with the same headings (Summary, Exercises), footnotes (two cells of one chapter with a note 1), links within a chapter and between chapters, and
    // a markdown output with a heading: on print.html every id is unique and every link leads to the right chapter.
    [Fact]
    public void Render_PrintPage_IdsAreUniqueAndInBookLinksLeadToTheRightChapter()
    {
        using var folder = new TempFolder();
        var first = Markdown("# 01 · Alpha\n\nSee [the summary](#summary), [Beta summary](02-b.ipynb#summary) and [Beta](02-b.ipynb).[^1]\n\n[^1]: Alpha's note.", "## Summary\n\nA.[^1]\n\n[^1]: A second cell's note.", "## Exercises");
        var output = new NotebookCell(CellType.Code, "Report()");
        output.Outputs.Add(new System.Text.Json.Nodes.JsonObject
        {
            ["output_type"] = "display_data",
            ["metadata"] = new System.Text.Json.Nodes.JsonObject(),
            ["data"] = new System.Text.Json.Nodes.JsonObject { ["text/markdown"] = "### Result\n\nSee [above](#summary)." },
        });
        first.Cells.Add(output);
        var second = Markdown("# 02 · Beta\n\nBack to [Alpha exercises](01-a.ipynb#exercises).[^1]\n\n[^1]: Beta's note.", "## Summary\n\nB, see [here](#summary).", "## Exercises", "### Result");
        File.WriteAllText(folder.File("01-a.ipynb"), "{}");
        File.WriteAllText(folder.File("02-b.ipynb"), "{}");
        var chapters = new[] { new BookChapter("01-a.ipynb", first, SourcePath: folder.File("01-a.ipynb")), new BookChapter("02-b.ipynb", second, SourcePath: folder.File("02-b.ipynb")) };

        new BookRenderer(new BookOptions { PrintPage = true }).Render(chapters, folder.File("book"));

        string print = File.ReadAllText(folder.File("book/print.html"));
        var ids = Regex.Matches(print, "\\sid=\"([^\"]*)\"").Select(m => m.Groups[1].Value).ToList();
        Assert.Empty(ids.GroupBy(id => id).Where(g => g.Count() > 1).Select(g => g.Key));
        var links = Regex.Matches(print, "href=\"#([^\"]*)\"").Select(m => System.Net.WebUtility.HtmlDecode(Uri.UnescapeDataString(m.Groups[1].Value))).ToList();
        Assert.All(links, link => Assert.Contains(link, ids));
        Assert.Contains("01-a--summary", ids);
        Assert.Contains("02-b--summary", ids);
        Assert.Contains("02-b--result", ids);
        // Each link leads into the chapter it meant: its own Summary, the other chapter's, the other chapter itself.
        Assert.Contains("<a href=\"#01-a--summary\">the summary</a>", print, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#02-b--summary\">Beta summary</a>", print, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#02-b\">Beta</a>", print, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#01-a--exercises\">Alpha exercises</a>", print, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#02-b--summary\">here</a>", print, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#01-a--summary\">above</a>", print, StringComparison.Ordinal);
        Assert.Contains("<li><a href=\"#02-b\">02 · Beta</a></li>", print, StringComparison.Ordinal);
        // The chapter pages keep their short ids and page links; the second cell's footnote got an id of its own.
        string alpha = File.ReadAllText(folder.File("book/01-a.html"));
        var alphaIds = Regex.Matches(alpha, "\\sid=\"([^\"]*)\"").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(alphaIds.Count, alphaIds.Distinct().Count());
        Assert.Contains("fn:1-1", alphaIds);
        Assert.Contains("href=\"#fn:1-1\"", alpha, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"summary\">", alpha, StringComparison.Ordinal);
        Assert.Contains("<a href=\"02-b.html#summary\">Beta summary</a>", alpha, StringComparison.Ordinal);
    }

    // The search shows a snippet of each section: formulas read as text ("2i+1"), never their TeX ("2i{+}1", "\\frac").
    [Fact]
    public void Render_SearchIndex_SnippetsReadFormulasAsText()
    {
        using var folder = new TempFolder();
        var chapter = new BookChapter("09-x.ipynb", Markdown(
            "# 09 · Positions",
            "## The sinusoidal positional encoding\n\nEach pair of dimensions $(2i, 2i{+}1)$ is a clock hand:\n\n$$\nPE_{(pos, 2i)} = \\sin\\!\\left(pos / 10000^{2i/d}\\right)\n$$\n\nand softmax gives $\\alpha_t = \\frac{e^{s_t}}{\\sum_k e^{s_k}}$."));

        new BookRenderer().Render([chapter], folder.Path);

        string script = File.ReadAllText(folder.File("assets/search-index.js"));
        var index = System.Text.Json.Nodes.JsonNode.Parse(script[(script.IndexOf('=', StringComparison.Ordinal) + 1)..].Trim().TrimEnd(';'))!;
        var stored = index["index"]!["storedFields"]!.AsObject().Select(p => p.Value!).ToList();
        string snippet = (string)stored.Single(s => (string?)s["title"] == "The sinusoidal positional encoding")!["snippet"]!;
        Assert.Equal("Each pair of dimensions (2i, 2i+1) is a clock hand: PE_(pos,2i) = sin(pos/10000^(2i/d)) and softmax gives αₜ = (e^sₜ)/(∑ₖe^sₖ).", snippet);
        Assert.DoesNotMatch(@"\\[A-Za-z]|[{}]", string.Concat(stored.Select(s => (string?)s["title"] + (string?)s["snippet"])));
        // The indexed words too: MiniSearch splits "\\frac" and "{+}" at the punctuation, so TeX would leave "frac" and "2i".
        var terms = index["index"]!["index"]!.AsArray().Select(entry => (string)entry![0]!).ToList();
        Assert.Contains("2i+1", terms);
        Assert.Contains("αₜ", terms);
        Assert.DoesNotContain("frac", terms);
        Assert.DoesNotContain("left", terms);
    }

    [Fact]
    public void Render_FormulaKatexRejects_WarnsNamingNotebookAndCell()
    {
        using var folder = new TempFolder();

        var result = new BookRenderer().Render([new BookChapter("04-x.ipynb", Markdown("# Title", "Fine $a$, broken $\\frac{1}{$."))], folder.Path);

        Assert.StartsWith("04-x.ipynb, cell 2: KaTeX could not typeset $\\frac{1}{$: ", Assert.Single(result.Warnings), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_FailedChapter_ShowsTheErrorOnThePageAndInTheIndex()
    {
        using var folder = new TempFolder();
        var notebook = new Notebook();
        notebook.Cells.Add(new NotebookCell(CellType.Code, "x"));

        new BookRenderer().Render([new BookChapter("03-bad.ipynb", notebook, "03-bad.ipynb, cell 1, line 1, column 1: error CS0103: <x>")], folder.Path);

        Assert.Contains("(the run stopped with an error)", File.ReadAllText(folder.File("index.html")), StringComparison.Ordinal);
        Assert.Contains("error CS0103: &lt;x&gt;", File.ReadAllText(folder.File("03-bad.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void Options_BadValues_AreRefusedNamingTheOption()
    {
        Assert.Equal("BookOptions.Title must not be empty", Assert.Throws<ArgumentException>(() => new BookRenderer(new BookOptions { Title = " " })).Message);
        Assert.Equal("BookOptions.RepositoryUrl must be an absolute http(s) URL or null, got 'github.com/x'", Assert.Throws<ArgumentException>(() => new BookRenderer(new BookOptions { RepositoryUrl = "github.com/x" })).Message);
        Assert.Equal("BookOptions.Branch must be a branch name without spaces, got 'my branch'", Assert.Throws<ArgumentException>(() => new BookRenderer(new BookOptions { Branch = "my branch" })).Message);
    }
}
