using AttnTutorial.Data;
using AttnTutorial.Plotting;

namespace AttnTutorial.Tests.Plotting;

public class AttentionOverlayChartTests
{
    private static readonly SeriesSample Flat = TestSeries.Sample(AnomalyKind.Flat);
    private static readonly float[] Peaked = TestSeries.Weights(50);

    [Fact]
    public void Create_AnomalousSample_SignalOnLeftAxisAttentionOnRightAxis()
    {
        var figure = FigureJson.Of(AttentionOverlayChart.Create(Flat, Peaked));

        Assert.Equal(2, figure.Traces.Count);
        Assert.All(figure.Traces, t => Assert.Equal("scatter", t.GetProperty("type").GetString()));
        var signal = figure.TracesNamed("signal").Single();
        var attention = figure.TracesNamed("attention α").Single();
        Assert.Equal("y", signal.GetProperty("yaxis").GetString());
        Assert.Equal("y2", attention.GetProperty("yaxis").GetString());
        Assert.Equal("y", figure.Axis("yaxis2").GetProperty("overlaying").GetString());
        Assert.Equal("right", figure.Axis("yaxis2").GetProperty("side").GetString());
    }

    [Fact]
    public void Create_AnomalousSample_ColoursAsInTheSeeds()
    {
        var figure = FigureJson.Of(AttentionOverlayChart.Create(Flat, Peaked));

        var signalLine = figure.TracesNamed("signal").Single().GetProperty("line");
        var attentionLine = figure.TracesNamed("attention α").Single().GetProperty("line");
        Assert.Equal("#1f77b4", signalLine.GetProperty("color").GetString());
        Assert.Equal("#d62728", attentionLine.GetProperty("color").GetString());
        Assert.Equal("dash", attentionLine.GetProperty("dash").GetString());
    }

    [Fact]
    public void Create_AnomalousSample_ShadesTheSpanOverThePanelHeight()
    {
        var shape = Assert.Single(FigureJson.Of(AttentionOverlayChart.Create(Flat, Peaked)).Shapes);

        Assert.Equal("rect", shape.GetProperty("type").GetString());
        Assert.Equal(39.5, shape.GetProperty("x0").GetDouble());
        Assert.Equal(59.5, shape.GetProperty("x1").GetDouble());
        Assert.Equal("x", shape.GetProperty("xref").GetString());
        Assert.Equal("y domain", shape.GetProperty("yref").GetString());
        Assert.Equal("below", shape.GetProperty("layer").GetString());
    }

    [Fact]
    public void Create_NormalSample_HasNoShading()
    {
        var figure = FigureJson.Of(AttentionOverlayChart.Create(TestSeries.Sample(AnomalyKind.None), Peaked));

        Assert.Empty(figure.Shapes);
        Assert.Equal("Normal series", figure.Title);
    }

    [Fact]
    public void Create_AnyChart_HasTitleAndAxisTitles()
    {
        var figure = FigureJson.Of(AttentionOverlayChart.Create(Flat, Peaked, probability: 0.934));

        Assert.Equal("Anomalous series (flat, t ∈ [40, 60)) — p(anomaly) = 0.93", figure.Title);
        Assert.Equal("time step t", figure.AxisTitle("xaxis"));
        Assert.Equal("signal", figure.AxisTitle("yaxis"));
        Assert.Equal("attention α", figure.AxisTitle("yaxis2"));
    }

    [Fact]
    public void Create_SmallWeightsOnAuto_FitsTheAttentionAxisToThePeak()
    {
        var range = FigureJson.Numbers(FigureJson.Of(AttentionOverlayChart.Create(Flat, Peaked)).Axis("yaxis2").GetProperty("range"));

        Assert.Equal(0, range[0]);
        Assert.Equal(1.1 * Peaked.Max(), range[1], 6);
    }

    [Theory]
    [InlineData(AttentionScale.Auto, 0.5f)]
    [InlineData(AttentionScale.Unit, 0.05f)]
    public void Create_LargeWeightsOrUnitScale_UsesZeroToOne(AttentionScale scale, float peak)
    {
        var weights = new float[TestSeries.Length];
        weights[10] = peak;

        var range = FigureJson.Numbers(FigureJson.Of(AttentionOverlayChart.Create(Flat, weights, scale: scale)).Axis("yaxis2").GetProperty("range"));

        Assert.Equal([0.0, 1.0], range);
    }

    [Fact]
    public void Create_PlainArraysWithSpan_DrawsSameStructure()
    {
        var signal = Flat.Channels[0];

        var figure = FigureJson.Of(AttentionOverlayChart.Create(signal, Peaked, (40, 60), probability: 0.5, title: "mine"));

        Assert.Equal(2, figure.Traces.Count);
        Assert.Single(figure.Shapes);
        Assert.Equal("mine — p(anomaly) = 0.50", figure.Title);
    }

    [Fact]
    public void Create_MultichannelSample_OneLinePerChannelOnTheLeftAxis()
    {
        var sample = TestSeries.Sample(AnomalyKind.Zero, channels: 3);

        var figure = FigureJson.Of(AttentionOverlayChart.Create(sample, Peaked));

        Assert.Equal(4, figure.Traces.Count);
        Assert.Equal(["channel 0", "channel 1", "channel 2 (anomalous)"], figure.Traces.Take(3).Select(t => t.GetProperty("name").GetString()));
        Assert.All(figure.Traces.Take(3), t => Assert.Equal("y", t.GetProperty("yaxis").GetString()));
    }

    [Fact]
    public void Grid_TwoByTwo_EachPanelHasItsOwnOverlayingAttentionAxis()
    {
        SeriesSample[] samples = [TestSeries.Sample(AnomalyKind.None), TestSeries.Sample(AnomalyKind.None, seed: 1), Flat, TestSeries.Sample(AnomalyKind.Spike)];
        IReadOnlyList<float>[] weights = [Peaked, Peaked, Peaked, Peaked];

        var figure = FigureJson.Of(AttentionOverlayChart.Grid(samples, weights, [0.1, 0.2, 0.9, 0.8]));

        Assert.Equal(8, figure.Traces.Count);
        for (var k = 0; k < 4; k++)
        {
            var (x, signalAxis, attentionAxis) = ($"x{(k == 0 ? "" : k + 1)}", $"y{(k == 0 ? "" : (2 * k) + 1)}", $"y{(2 * k) + 2}");
            Assert.Equal(x, figure.Traces[2 * k].GetProperty("xaxis").GetString());
            Assert.Equal(signalAxis, figure.Traces[2 * k].GetProperty("yaxis").GetString());
            Assert.Equal(attentionAxis, figure.Traces[(2 * k) + 1].GetProperty("yaxis").GetString());
            Assert.Equal(signalAxis, figure.Axis($"yaxis{(2 * k) + 2}").GetProperty("overlaying").GetString());
        }

        Assert.Equal(2, figure.Shapes.Count);
        Assert.Equal(["x3", "x4"], figure.Shapes.Select(s => s.GetProperty("xref").GetString()).Order());
        Assert.Equal(4, figure.Annotations.Count);
        Assert.Contains(figure.Annotations, a => a.GetProperty("text").GetString() == "Anomalous series (flat, t ∈ [40, 60)) — p(anomaly) = 0.90");
    }

    [Fact]
    public void Grid_TwoByTwo_ShowsTheLegendOnce()
    {
        IReadOnlyList<float>[] weights = [Peaked, Peaked, Peaked, Peaked];

        var figure = FigureJson.Of(AttentionOverlayChart.Grid([Flat, Flat, Flat, Flat], weights));

        Assert.Equal(2, figure.Traces.Count(t => t.GetProperty("showlegend").GetBoolean()));
    }

    [Fact]
    public void Create_WeightsOfWrongLength_ThrowsNamingWeights()
    {
        var error = Assert.Throws<ArgumentException>(() => AttentionOverlayChart.Create(Flat, new float[10]));

        Assert.Equal("weights", error.ParamName);
        Assert.Contains("10", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-1, 10)]
    [InlineData(10, 10)]
    [InlineData(90, 101)]
    public void Create_SpanOutsideSignal_ThrowsNamingAnomaly(int start, int end)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => AttentionOverlayChart.Create(Flat.Channels[0], Peaked, (start, end)));

        Assert.Equal("anomaly", error.ParamName);
    }

    [Fact]
    public void Create_ProbabilityAboveOne_ThrowsNamingProbability()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => AttentionOverlayChart.Create(Flat, Peaked, probability: 1.5));

        Assert.Equal("probability", error.ParamName);
    }

    [Fact]
    public void Grid_MismatchedWeights_ThrowsNamingWeights()
    {
        var error = Assert.Throws<ArgumentException>(() => AttentionOverlayChart.Grid([Flat, Flat], [Peaked]));

        Assert.Equal("weights", error.ParamName);
    }

    [Fact]
    public void Grid_OneWeightArrayTooShort_NamesItsIndex()
    {
        var error = Assert.Throws<ArgumentException>(() => AttentionOverlayChart.Grid([Flat, Flat], [Peaked, new float[3]]));

        Assert.Equal("weights[1]", error.ParamName);
    }
}
