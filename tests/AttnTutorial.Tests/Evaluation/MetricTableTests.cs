using AttnTutorial.Evaluation;

namespace AttnTutorial.Tests.Evaluation;

public class MetricTableTests
{
    private static readonly ClassificationReport Report = BinaryMetrics.Evaluate([0.1f, 0.4f, 0.35f, 0.8f], [0, 0, 1, 1]);
    private static readonly ClassificationReport OneClass = BinaryMetrics.Evaluate([0.1f, 0.9f], [0, 0]);

    [Fact]
    public void ToHtml_TwoModels_HasHeaderAndOneRowEach()
    {
        var html = new MetricTable([("BiLSTM+attention", Report), ("z-score", OneClass)]).ToHtml();

        Assert.StartsWith("<table", html, StringComparison.Ordinal);
        Assert.Contains("<th>ROC-AUC</th>", html, StringComparison.Ordinal);
        Assert.Contains("<tr><th>BiLSTM+attention</th><td style=\"text-align:right\">0.750</td>", html, StringComparison.Ordinal);
        Assert.Equal(3, html.Split("<tr>").Length - 1);
    }

    [Fact]
    public void ToHtml_UndefinedAuc_ShowsNotAvailable()
    {
        var html = MetricTable.For(OneClass).ToHtml();

        Assert.Equal(2, html.Split(">n/a<").Length - 1);
    }

    [Fact]
    public void ToHtml_NameWithMarkup_IsEscaped()
    {
        var html = MetricTable.For(Report, "<script>x</script>").ToHtml();

        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void ToString_TwoModels_AlignsColumns()
    {
        var lines = MetricTable.From(new Dictionary<string, ClassificationReport> { ["a"] = Report, ["longer name"] = OneClass })
            .ToString().Split('\n');

        Assert.Equal(3, lines.Length);
        Assert.StartsWith("model        accuracy", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("a               0.750", lines[1], StringComparison.Ordinal);
        Assert.EndsWith("n/a      0.500  2", lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public void ClassificationReportToHtml_Report_IsTheOneRowTable()
    {
        Assert.Equal(MetricTable.For(Report).ToHtml(), Report.ToHtml());
    }
}
