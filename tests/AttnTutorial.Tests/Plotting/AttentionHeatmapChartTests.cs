using AttnTutorial.Data;
using AttnTutorial.Plotting;

namespace AttnTutorial.Tests.Plotting;

public class AttentionHeatmapChartTests
{
    private static readonly SeriesSample[] Samples =
    [
        TestSeries.Sample(AnomalyKind.Flat),
        TestSeries.Sample(AnomalyKind.None),
        TestSeries.Sample(AnomalyKind.Spike),
        TestSeries.Sample(AnomalyKind.None, seed: 1),
        TestSeries.Sample(AnomalyKind.None, seed: 2),
    ];

    // Each series' weights peak at a step that identifies it: series i at 10 + 10i.
    private static readonly IReadOnlyList<float>[] Weights = [.. Enumerable.Range(0, 5).Select(i => TestSeries.Weights(10 + (10 * i)))];

    [Fact]
    public void Create_FiveSeries_IsOneHeatmapOfRowsByTimeSteps()
    {
        var figure = FigureJson.Of(AttentionHeatmapChart.Create(Samples, Weights));

        var trace = Assert.Single(figure.Traces);
        Assert.Equal("heatmap", trace.GetProperty("type").GetString());
        var z = trace.GetProperty("z").EnumerateArray().ToArray();
        Assert.Equal(5, z.Length);
        Assert.All(z, row => Assert.Equal(TestSeries.Length, row.GetArrayLength()));
    }

    [Fact]
    public void Create_MixedLabels_SortsNormalRowsFirstKeepingInputOrder()
    {
        var figure = FigureJson.Of(AttentionHeatmapChart.Create(Samples, Weights));

        var peaks = figure.Traces[0].GetProperty("z").EnumerateArray()
            .Select(row => Array.IndexOf(FigureJson.Numbers(row), FigureJson.Numbers(row).Max()))
            .ToArray();
        Assert.Equal([20, 40, 50, 10, 30], peaks);
        Assert.Equal(["#1 normal", "#3 normal", "#4 normal", "#0 flat", "#2 spike"],
            figure.Axis("yaxis").GetProperty("ticktext").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("reversed", figure.Axis("yaxis").GetProperty("autorange").GetString());
    }

    [Fact]
    public void Create_MixedLabels_OutlinesEachAnomalySpanAndSeparatesTheGroups()
    {
        var figure = FigureJson.Of(AttentionHeatmapChart.Create(Samples, Weights));

        var outlines = figure.Shapes.Where(s => s.GetProperty("x0").GetDouble() == 39.5).ToArray();
        Assert.Equal(2, outlines.Length);
        Assert.Equal([3.0, 4.0], outlines.Select(s => (s.GetProperty("y0").GetDouble() + s.GetProperty("y1").GetDouble()) / 2).Order());
        Assert.Contains(figure.Shapes, s => s.GetProperty("y0").GetDouble() == 2.5 && s.GetProperty("y1").GetDouble() == 2.5);
    }

    [Fact]
    public void Create_AnyChart_HasTitleAndAxisTitles()
    {
        var figure = FigureJson.Of(AttentionHeatmapChart.Create(Samples, Weights));

        Assert.False(string.IsNullOrWhiteSpace(figure.Title));
        Assert.Equal("time step t", figure.AxisTitle("xaxis"));
        Assert.Equal("series (normal, then anomalous)", figure.AxisTitle("yaxis"));
    }

    [Fact]
    public void Create_ManySeries_DropsRowLabels()
    {
        var samples = Enumerable.Repeat(Samples[1], AttentionHeatmapChart.MaxLabelledRows + 1).ToArray();
        var weights = Enumerable.Repeat<IReadOnlyList<float>>(Weights[0], samples.Length).ToArray();

        var figure = FigureJson.Of(AttentionHeatmapChart.Create(samples, weights));

        Assert.False(figure.Axis("yaxis").TryGetProperty("ticktext", out _));
    }

    [Fact]
    public void Create_WeightsOfWrongLength_ThrowsNamingWeights()
    {
        IReadOnlyList<float>[] weights = [.. Weights[..4], new float[3]];

        var error = Assert.Throws<ArgumentException>(() => AttentionHeatmapChart.Create(Samples, weights));

        Assert.Equal("weights", error.ParamName);
        Assert.Contains("weights[4]", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_Empty_ThrowsNamingSamples()
    {
        Assert.Equal("samples", Assert.Throws<ArgumentException>(() => AttentionHeatmapChart.Create([], [])).ParamName);
    }
}
