using AttnTutorial.Evaluation;
using AttnTutorial.Plotting;

namespace AttnTutorial.Tests.Plotting;

public class ConfusionMatrixChartTests
{
    private static readonly ConfusionMatrix Matrix = new(TrueNegatives: 45, FalsePositives: 5, FalseNegatives: 2, TruePositives: 8);

    [Fact]
    public void Create_Matrix_TwoByTwoHeatmapRowsActualColumnsPredicted()
    {
        var figure = FigureJson.Of(ConfusionMatrixChart.Create(Matrix));

        var heatmap = Assert.Single(figure.Traces);
        Assert.Equal("heatmap", heatmap.GetProperty("type").GetString());
        var z = heatmap.GetProperty("z").EnumerateArray().Select(FigureJson.Numbers).ToArray();
        Assert.Equal([45.0, 5], z[0]);
        Assert.Equal([2.0, 8], z[1]);
        Assert.Equal(["normal", "anomaly"], heatmap.GetProperty("x").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["normal", "anomaly"], heatmap.GetProperty("y").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("reversed", figure.Axis("yaxis").GetProperty("autorange").GetString());
        Assert.Equal("predicted", figure.AxisTitle("xaxis"));
        Assert.Equal("actual", figure.AxisTitle("yaxis"));
    }

    [Fact]
    public void Create_Matrix_EachCellShowsCountAndShare()
    {
        var cells = FigureJson.Of(ConfusionMatrixChart.Create(Matrix)).Annotations
            .ToDictionary(a => (a.GetProperty("y").GetString(), a.GetProperty("x").GetString()), a => a.GetProperty("text").GetString());

        Assert.Equal("<b>45</b><br>75.0%", cells[("normal", "normal")]);
        Assert.Equal("<b>5</b><br>8.3%", cells[("normal", "anomaly")]);
        Assert.Equal("<b>2</b><br>3.3%", cells[("anomaly", "normal")]);
        Assert.Equal("<b>8</b><br>13.3%", cells[("anomaly", "anomaly")]);
    }

    [Fact]
    public void Create_Report_PutsThresholdInTitle()
    {
        var report = BinaryMetrics.Evaluate([0.1f, 0.9f], [0, 1], threshold: 0.3);

        Assert.Equal("Confusion matrix (threshold 0.30)", FigureJson.Of(ConfusionMatrixChart.Create(report)).Title);
    }

    [Fact]
    public void Create_EmptyMatrix_ShowsZeroShares()
    {
        var texts = FigureJson.Of(ConfusionMatrixChart.Create(new ConfusionMatrix(0, 0, 0, 0))).Annotations.Select(a => a.GetProperty("text").GetString());

        Assert.All(texts, t => Assert.Equal("<b>0</b><br>0.0%", t));
    }
}
