using AttnTutorial.RealData;

namespace AttnTutorial.Tests.RealData;

public class MissingValuesTests
{
    private static readonly TimeSeries Gappy = SeriesFactory.Make([[float.NaN, 1, float.NaN, float.NaN, 4, float.NaN], [0, 0, 0, 0, 0, 0]], 2);

    [Fact]
    public void Detect_GapsInOneChannel_ReportsCountsAndPositions()
    {
        var report = MissingValues.Detect(Gappy);
        Assert.Equal(4, report.Total);
        Assert.Equal([4, 0], report.CountPerChannel);
        Assert.Equal([0, 2, 3, 5], report.Steps[0]);
        Assert.Equal("c0: 4 missing at steps 0, 2-3, 5", report.ToString());
        Assert.Equal("no missing values", MissingValues.Detect(SeriesFactory.Ramp(3)).ToString());
    }

    [Fact]
    public void Fill_Previous_HoldsLastValue_LeadingTakesFirstObserved()
    {
        Assert.Equal([1f, 1, 1, 1, 4, 4], MissingValues.Fill(Gappy, FillMethod.Previous).Channels[0]);
    }

    [Fact]
    public void Fill_Linear_InterpolatesInsideAndHoldsAtEnds()
    {
        Assert.Equal([1f, 1, 2, 3, 4, 4], MissingValues.Fill(Gappy, FillMethod.Linear).Channels[0]);
    }

    [Fact]
    public void Fill_Mean_UsesObservedMean_KeepsLabelsAndOriginal()
    {
        var filled = MissingValues.Fill(Gappy, FillMethod.Mean);
        Assert.Equal([2.5f, 1, 2.5f, 2.5f, 4, 2.5f], filled.Channels[0]);
        Assert.Equal(Gappy.Labels, filled.Labels);
        Assert.True(float.IsNaN(Gappy.Channels[0][0]));
        Assert.False(MissingValues.Detect(filled).Any);
    }

    [Fact]
    public void Fill_ChannelAllMissing_ErrorNamesChannel()
    {
        var empty = SeriesFactory.Make([[1, 2], [float.NaN, float.NaN]]);
        var error = Assert.Throws<ArgumentException>(() => MissingValues.Fill(empty, FillMethod.Linear));
        Assert.Contains("'c1'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SlidingWindows_Cut_RefusesUnfilledSeries()
    {
        var error = Assert.Throws<ArgumentException>(() => SlidingWindows.Cut(Gappy, new WindowOptions { Length = 2, Stride = 1 }));
        Assert.Contains("MissingValues.Fill", error.Message, StringComparison.Ordinal);
    }
}
