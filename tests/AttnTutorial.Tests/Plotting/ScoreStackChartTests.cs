using AttnTutorial.Plotting;
using AttnTutorial.Tests.RealData;

namespace AttnTutorial.Tests.Plotting;

public class ScoreStackChartTests
{
    [Fact]
    public void Create_SeriesAndTwoScores_OnePanelEachWithSharedZoomAndShadedRuns()
    {
        var series = SeriesFactory.Make([Enumerable.Range(0, 100).Select(t => (float)t).ToArray()], 10, 11, 12, 50);
        float[] a = Enumerable.Range(0, 100).Select(t => t % 10 == 0 ? 1f : 0f).ToArray();
        var figure = FigureJson.Of(ScoreStackChart.Create(series, [("A", a, 0.5), ("B", a, null)], maxPoints: 20));

        // One channel, two scores and A's threshold; 100 steps in blocks of 5 give 20 points per trace.
        Assert.Equal(4, figure.Traces.Count);
        Assert.Equal(20, figure.Traces[0].GetProperty("x").GetArrayLength());
        // Block 0 (steps 0-4): the channel's mean is 2, the score's maximum is 1 (step 0).
        Assert.Equal(2, figure.Traces[0].GetProperty("y")[0].GetDouble(), 5);
        Assert.Equal(1, figure.Traces[1].GetProperty("y")[0].GetDouble(), 5);
        Assert.Equal(0, figure.Traces[1].GetProperty("y")[1].GetDouble(), 5);
        Assert.Equal([0.5, 0.5], FigureJson.Numbers(figure.Traces[2].GetProperty("y")));
        Assert.Equal("x", figure.Axis("xaxis3").GetProperty("matches").GetString());
        // Two labelled runs ([10, 13) and [50, 51)) shaded in each of the three panels.
        Assert.Equal(6, figure.Shapes.Count);
        Assert.Equal(["A", "B"], figure.Annotations.Skip(1).Select(n => n.GetProperty("text").GetString()));
    }

    [Fact]
    public void Create_ScoresOfAnotherLength_NameTheDetector()
    {
        var series = SeriesFactory.Make([new float[20]]);
        Assert.Contains("'A' has 3 scores", Assert.Throws<ArgumentException>(() => ScoreStackChart.Create(series, [("A", new float[3], null)])).Message);
        Assert.Contains("channels", Assert.Throws<ArgumentException>(() => ScoreStackChart.Create(series, [], channels: [2])).Message);
    }
}
