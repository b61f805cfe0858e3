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
        var result = await runner.RunFileAsync(Path.Combine(RepoPaths.TestNotebooks, name));
        Assert.True(result.Succeeded, result.FirstError);
        return new BookChapter(name, result.Executed);
    }

    [Fact]
    public async Task Render_TwoChapters_WritesIndexAndPagesThatNeedNoNetwork()
    {
        using var folder = new TempFolder();
        var chapters = new[] { await Executed("01-tensors.ipynb"), await Executed("02-chart.ipynb") };

        var written = new BookRenderer("Test book").Render(chapters, folder.Path);

        Assert.Equal(["index.html", "01-tensors.html", "02-chart.html"], written.Select(Path.GetFileName));
        string index = File.ReadAllText(folder.File("index.html"));
        Assert.Contains("<a href=\"01-tensors.html\">Tensors in a notebook</a>", index, StringComparison.Ordinal);
        Assert.Contains("<a href=\"02-chart.html\">A Plotly chart</a>", index, StringComparison.Ordinal);
        foreach (string page in written.Select(File.ReadAllText))
        {
            Assert.DoesNotMatch(new Regex("<(script|link|img)[^>]+(src|href)=\"(https?:)?//", RegexOptions.IgnoreCase), page);
            Assert.DoesNotContain("cdn.plot.ly/plotly", page, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task Render_ChartChapter_EmbedsPlotlyJsOnceAndDrawsTheFigure()
    {
        using var folder = new TempFolder();
        var chapters = new[] { await Executed("02-chart.ipynb") };

        new BookRenderer().Render(chapters, folder.Path);

        string page = File.ReadAllText(folder.File("02-chart.html"));
        Assert.Equal(1, CountOf(page, PlotlyJs.Script[..200]));
        Assert.Contains("Plotly.newPlot(\"figure-1\"", page, StringComparison.Ordinal);
        Assert.Contains("<th>Sin</th>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_ChapterWithoutFigures_DoesNotEmbedPlotlyJs()
    {
        using var folder = new TempFolder();

        new BookRenderer().Render([await Executed("01-tensors.ipynb")], folder.Path);

        string page = File.ReadAllText(folder.File("01-tensors.html"));
        Assert.Equal(0, CountOf(page, PlotlyJs.Script[..200]));
        Assert.Contains("<span class=\"math\">$\\mu = \\frac{1}{n}\\sum_i x_i$</span>", page, StringComparison.Ordinal);
        Assert.Contains("Tensor shape [3], dtype Float32", page, StringComparison.Ordinal);
        Assert.Contains("step 3/3", page, StringComparison.Ordinal);
        Assert.DoesNotContain("step 0/3", page, StringComparison.Ordinal);
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

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;
}
