using AttnTutorial.Evaluation;
using AttnTutorial.Plotting;

namespace AttnTutorial.Tests.Plotting;

public class RocChartsTests
{
    private static readonly float[] Scores = [0.1f, 0.4f, 0.35f, 0.8f];
    private static readonly int[] Labels = [0, 0, 1, 1];

    [Fact]
    public void Roc_OneModel_CurveWithAucInLegendAndChanceDiagonal()
    {
        var figure = FigureJson.Of(RocCharts.Roc(Scores, Labels, "BiLSTM"));

        Assert.Equal(2, figure.Traces.Count);
        Assert.Equal("BiLSTM (AUC = 0.750)", figure.Traces[0].GetProperty("name").GetString());
        Assert.Equal([0.0, 0, 0.5, 0.5, 1], FigureJson.Numbers(figure.Traces[0].GetProperty("x")));
        Assert.Equal([0.0, 0.5, 0.5, 1, 1], FigureJson.Numbers(figure.Traces[0].GetProperty("y")));
        var chance = figure.Traces[1];
        Assert.Equal("chance (AUC = 0.5)", chance.GetProperty("name").GetString());
        Assert.Equal([0.0, 1.0], FigureJson.Numbers(chance.GetProperty("x")));
        Assert.Equal([0.0, 1.0], FigureJson.Numbers(chance.GetProperty("y")));
        Assert.Equal("dash", chance.GetProperty("line").GetProperty("dash").GetString());
        Assert.Equal("false positive rate", figure.AxisTitle("xaxis"));
        Assert.Equal("true positive rate (recall)", figure.AxisTitle("yaxis"));
        Assert.Equal("ROC curve", figure.Title);
    }

    [Fact]
    public void Roc_TwoModels_OneCurveEachPlusChance()
    {
        var figure = FigureJson.Of(RocCharts.Roc([("a", Scores, Labels), ("b", [0.9f, 0.8f, 0.2f, 0.1f], Labels)]));

        Assert.Equal(["a (AUC = 0.750)", "b (AUC = 0.000)", "chance (AUC = 0.5)"], figure.Traces.Select(t => t.GetProperty("name").GetString()));
    }

    [Fact]
    public void Roc_PrecomputedCurve_LegendAucEqualsMetric()
    {
        var figure = FigureJson.Of(RocCharts.Roc(BinaryMetrics.RocCurve(Scores, Labels)));

        Assert.Equal("model (AUC = 0.750)", figure.Traces[0].GetProperty("name").GetString());
    }

    [Fact]
    public void Roc_OneClass_ThrowsNamingLabels()
    {
        Assert.Equal("labels", Assert.Throws<ArgumentException>(() => RocCharts.Roc(Scores, [0, 0, 0, 0])).ParamName);
    }

    [Fact]
    public void Roc_NoModels_ThrowsNamingModels()
    {
        Assert.Equal("models", Assert.Throws<ArgumentException>(() => RocCharts.Roc(Array.Empty<(string, IReadOnlyList<float>, IReadOnlyList<int>)>())).ParamName);
    }

    [Fact]
    public void PrecisionRecall_OneModel_CurveWithApAndPrevalenceBaseline()
    {
        var figure = FigureJson.Of(RocCharts.PrecisionRecall(Scores, Labels));

        Assert.Equal("model (AP = 0.833)", figure.Traces[0].GetProperty("name").GetString());
        Assert.Equal([0.0, 0.5, 0.5, 1, 1], FigureJson.Numbers(figure.Traces[0].GetProperty("x")));
        Assert.Equal("chance (AP = 0.500)", figure.Traces[1].GetProperty("name").GetString());
        Assert.Equal([0.5, 0.5], FigureJson.Numbers(figure.Traces[1].GetProperty("y")));
        Assert.Equal("recall", figure.AxisTitle("xaxis"));
        Assert.Equal("precision", figure.AxisTitle("yaxis"));
    }

    [Fact]
    public void PrecisionRecall_OneClass_ThrowsNamingModels()
    {
        Assert.Equal("models", Assert.Throws<ArgumentException>(() => RocCharts.PrecisionRecall(Scores, [1, 1, 1, 1])).ParamName);
    }
}
