using AttnTutorial.Evaluation;
using AttnTutorial.Plotting;

namespace AttnTutorial.Tests.Plotting;

public class MetricComparisonChartTests
{
    private static readonly ClassificationReport Attention = BinaryMetrics.Evaluate([0.1f, 0.4f, 0.35f, 0.8f], [0, 0, 1, 1]);
    private static readonly ClassificationReport OneClass = BinaryMetrics.Evaluate([0.1f, 0.9f], [0, 0]);

    [Fact]
    public void Create_TwoReports_GroupedBarsOneTracePerModel()
    {
        var figure = FigureJson.Of(MetricComparisonChart.Create([("attention", Attention), ("z-score", Attention)]));

        Assert.Equal(2, figure.Traces.Count);
        Assert.All(figure.Traces, t => Assert.Equal("bar", t.GetProperty("type").GetString()));
        Assert.Equal(["attention", "z-score"], figure.Traces.Select(t => t.GetProperty("name").GetString()));
        Assert.Equal(MetricComparisonChart.ReportMetrics, figure.Traces[0].GetProperty("x").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal([0.75, 1, 0.5, 2.0 / 3, 0.75, 0.5 + (1.0 / 3)], FigureJson.Numbers(figure.Traces[0].GetProperty("y")), new ToleranceComparer());
        Assert.Equal("group", figure.Layout.GetProperty("barmode").GetString());
        Assert.Equal("metric", figure.AxisTitle("xaxis"));
        Assert.Equal("value", figure.AxisTitle("yaxis"));
    }

    [Fact]
    public void Create_UndefinedAuc_LeavesAGapNotAZero()
    {
        var figure = FigureJson.Of(MetricComparisonChart.Create(new Dictionary<string, ClassificationReport> { ["one class"] = OneClass }));

        var metrics = figure.Traces[0].GetProperty("x").EnumerateArray().Select(e => e.GetString()!).ToArray();
        Assert.Equal(["accuracy", "precision", "recall", "F1"], metrics);
        Assert.Equal(MetricComparisonChart.ReportMetrics, figure.Axis("xaxis").GetProperty("categoryarray").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public void Create_NameToMetricsDictionary_UsesFirstSeenMetricOrder()
    {
        var metrics = new Dictionary<string, IReadOnlyDictionary<string, double>>
        {
            ["a"] = new Dictionary<string, double> { ["F1"] = 0.5, ["AUC"] = 0.9 },
            ["b"] = new Dictionary<string, double> { ["AUC"] = 0.7, ["hit rate"] = 0.4 },
        };

        var figure = FigureJson.Of(MetricComparisonChart.Create(metrics));

        Assert.Equal(["F1", "AUC", "hit rate"], figure.Axis("xaxis").GetProperty("categoryarray").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["AUC", "hit rate"], figure.Traces[1].GetProperty("x").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal([0.7, 0.4], FigureJson.Numbers(figure.Traces[1].GetProperty("y")));
    }

    [Fact]
    public void Create_NoModels_ThrowsNamingModels()
    {
        Assert.Equal("models", Assert.Throws<ArgumentException>(() => MetricComparisonChart.Create([])).ParamName);
    }

    private sealed class ToleranceComparer : IEqualityComparer<double>
    {
        public bool Equals(double x, double y) => Math.Abs(x - y) < 1e-9;

        public int GetHashCode(double obj) => 0;
    }
}
