using AttnTutorial.Data;
using AttnTutorial.Plotting;

namespace AttnTutorial.Tests.Plotting;

public class SignalGalleryChartTests
{
    private static readonly SeriesSample[] OnePerKind =
        [.. new[] { AnomalyKind.None, AnomalyKind.Flat, AnomalyKind.Zero, AnomalyKind.Noise, AnomalyKind.Spike }.Select(k => TestSeries.Sample(k))];

    [Fact]
    public void Create_OnePerKind_OnePanelEachWithItsOwnAxes()
    {
        var figure = FigureJson.Of(SignalGalleryChart.Create(OnePerKind));

        Assert.Equal(5, figure.Traces.Count);
        for (var k = 0; k < 5; k++)
        {
            var suffix = k == 0 ? "" : (k + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal("x" + suffix, figure.Traces[k].GetProperty("xaxis").GetString());
            Assert.Equal("y" + suffix, figure.Traces[k].GetProperty("yaxis").GetString());
            Assert.Equal("time step t", figure.AxisTitle("xaxis" + suffix));
        }
    }

    [Fact]
    public void Create_OnePerKind_CaptionsNameTheKindAndShadingSkipsTheNormalOne()
    {
        var figure = FigureJson.Of(SignalGalleryChart.Create(OnePerKind));

        Assert.Equal(
            ["Normal series", "Anomalous series (flat, t ∈ [40, 60))", "Anomalous series (zero, t ∈ [40, 60))", "Anomalous series (noise, t ∈ [40, 60))", "Anomalous series (spike, t ∈ [40, 60))"],
            figure.Annotations.Select(a => a.GetProperty("text").GetString()));
        Assert.Equal(["x2", "x3", "x4", "x5"], figure.Shapes.Select(s => s.GetProperty("xref").GetString()).Order());
    }

    [Fact]
    public void Multivariate_ThreeChannels_StackedRowsSharingTheTimeAxis()
    {
        var figure = FigureJson.Of(SignalGalleryChart.Multivariate(TestSeries.Sample(AnomalyKind.Flat, channels: 3)));

        Assert.Equal(3, figure.Traces.Count);
        Assert.Equal("x", figure.Axis("xaxis2").GetProperty("matches").GetString());
        Assert.Equal("x", figure.Axis("xaxis3").GetProperty("matches").GetString());
        var top = FigureJson.Numbers(figure.Axis("yaxis").GetProperty("domain"));
        var bottom = FigureJson.Numbers(figure.Axis("yaxis3").GetProperty("domain"));
        Assert.True(top[0] > bottom[1]);
        var shading = Assert.Single(figure.Shapes);
        Assert.Equal("x3", shading.GetProperty("xref").GetString());
        Assert.Contains(figure.Annotations, a => a.GetProperty("text").GetString() == "channel 2 (anomalous)");
    }

    [Fact]
    public void Create_Empty_ThrowsNamingSamples()
    {
        Assert.Equal("samples", Assert.Throws<ArgumentException>(() => SignalGalleryChart.Create([])).ParamName);
    }
}
