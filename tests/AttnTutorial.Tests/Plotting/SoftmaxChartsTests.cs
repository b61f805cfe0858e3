using AttnTutorial.Plotting;

namespace AttnTutorial.Tests.Plotting;

public class SoftmaxChartsTests
{
    private static readonly double[] Scores = [1.0, 2.0, 0.5, 3.0];

    [Fact]
    public void Softmax_TwoScores_MatchesHandComputation()
    {
        var weights = SoftmaxCharts.Softmax([0.0, Math.Log(3)]);

        Assert.Equal(0.25, weights[0], 12);
        Assert.Equal(0.75, weights[1], 12);
    }

    [Fact]
    public void Softmax_HugeScores_StaysFinite()
    {
        var weights = SoftmaxCharts.Softmax([1000.0, 1000.0]);

        Assert.Equal([0.5, 0.5], weights);
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(1.0)]
    [InlineData(5.0)]
    public void Softmax_AnyTemperature_SumsToOne(double temperature)
    {
        Assert.Equal(1.0, SoftmaxCharts.Softmax(Scores, temperature).Sum(), 12);
    }

    [Fact]
    public void Softmax_HigherTemperature_Flattens()
    {
        Assert.True(SoftmaxCharts.Softmax(Scores, 0.5).Max() > SoftmaxCharts.Softmax(Scores, 5).Max());
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Softmax_BadTemperature_ThrowsNamingTemperature(double temperature)
    {
        Assert.Equal("temperature", Assert.Throws<ArgumentOutOfRangeException>(() => SoftmaxCharts.Softmax(Scores, temperature)).ParamName);
    }

    [Fact]
    public void Softmax_Empty_ThrowsNamingScores()
    {
        Assert.Equal("scores", Assert.Throws<ArgumentException>(() => SoftmaxCharts.Softmax([])).ParamName);
    }

    [Fact]
    public void ScoresAndWeights_FourScores_TwoBarPanelsSideBySide()
    {
        var figure = FigureJson.Of(SoftmaxCharts.ScoresAndWeights(Scores));

        Assert.Equal(2, figure.Traces.Count);
        Assert.All(figure.Traces, t => Assert.Equal("bar", t.GetProperty("type").GetString()));
        Assert.Equal("x2", figure.Traces[1].GetProperty("xaxis").GetString());
        Assert.Equal("y2", figure.Traces[1].GetProperty("yaxis").GetString());
        Assert.Equal(SoftmaxCharts.Softmax(Scores), FigureJson.Numbers(figure.Traces[1].GetProperty("y")));
        Assert.Equal([0.0, 1.0], FigureJson.Numbers(figure.Axis("yaxis2").GetProperty("range")));
        Assert.True(FigureJson.Numbers(figure.Axis("xaxis").GetProperty("domain"))[1] < FigureJson.Numbers(figure.Axis("xaxis2").GetProperty("domain"))[0]);
        Assert.Equal("score e_t", figure.AxisTitle("yaxis"));
        Assert.Equal("weight α_t", figure.AxisTitle("yaxis2"));
    }

    [Fact]
    public void ScoresAndWeights_LabelsOfWrongCount_ThrowsNamingLabels()
    {
        Assert.Equal("labels", Assert.Throws<ArgumentException>(() => SoftmaxCharts.ScoresAndWeights(Scores, ["a"])).ParamName);
    }

    [Fact]
    public void Temperatures_ThreeTemperatures_GroupedBarsOneTraceEach()
    {
        var figure = FigureJson.Of(SoftmaxCharts.Temperatures(Scores, [0.5, 1, 2]));

        Assert.Equal(3, figure.Traces.Count);
        Assert.Equal(["τ = 0.5", "τ = 1", "τ = 2"], figure.Traces.Select(t => t.GetProperty("name").GetString()));
        Assert.Equal("group", figure.Layout.GetProperty("barmode").GetString());
        Assert.Equal("weight α_t", figure.AxisTitle("yaxis"));
        Assert.Equal("position", figure.AxisTitle("xaxis"));
    }
}
