using AttnTutorial.Plotting;

namespace AttnTutorial.Tests.Plotting;

public class HistogramChartTests
{
    [Fact]
    public void Overlaid_TwoGroups_TwoHistogramTracesInOverlayMode()
    {
        var figure = FigureJson.Of(HistogramChart.Overlaid([("normal", [0.1, 0.2, 0.2]), ("anomalous", [0.8, 0.9])], "Mass", "Σ α"));
        Assert.Equal(2, figure.Traces.Count);
        Assert.All(figure.Traces, t => Assert.Equal("histogram", t.GetProperty("type").GetString()));
        Assert.Equal(["normal", "anomalous"], figure.Traces.Select(t => t.GetProperty("name").GetString()));
        Assert.Equal("overlay", figure.Layout.GetProperty("barmode").GetString());
        Assert.Equal("Σ α", figure.AxisTitle("xaxis"));
        Assert.Equal("count", figure.AxisTitle("yaxis"));
    }

    [Fact]
    public void Overlaid_NoGroups_Throws()
    {
        Assert.Throws<ArgumentException>(() => HistogramChart.Overlaid([], "t", "x"));
    }
}
