using AttnTutorial.Evaluation;
using AttnTutorial.Hosting;
using Plotly.NET;

namespace AttnTutorial.Tests.Hosting;

public class HtmlDisplayTests
{
    private static GenericChart Chart() => Plotly.NET.CSharp.Chart.Line<int, int, string>(x: [1, 2, 3], y: [4, 5, 6]);

    [Fact]
    public void Types_IncludeChartCasesAndLibraryTables()
    {
        Assert.Contains(Chart().GetType(), HtmlDisplay.Types);
        Assert.Contains(typeof(ConfusionMatrix), HtmlDisplay.Types);
        Assert.Contains(typeof(MetricTable), HtmlDisplay.Types);
        Assert.DoesNotContain(typeof(HtmlDisplay), HtmlDisplay.Types);
    }

    [Fact]
    public void ToHtml_Chart_DrawsWithThePagesPlotlyAndNoCdn()
    {
        string html = HtmlDisplay.ToHtml(Chart());

        Assert.Contains("class=\"plotly-figure\"", html, StringComparison.Ordinal);
        Assert.Contains("window.Plotly.newPlot", html, StringComparison.Ordinal);
        Assert.DoesNotContain("src=\"http", html, StringComparison.Ordinal);
        Assert.True(NotebookChartHtml.LoaderSent);
    }

    [Fact]
    public void ToHtml_NeitherChartNorToHtml_NamesTheType()
    {
        var e = Assert.Throws<ArgumentException>(() => HtmlDisplay.ToHtml(new Uri("https://example.org")));

        Assert.Contains("System.Uri", e.Message, StringComparison.Ordinal);
    }
}
