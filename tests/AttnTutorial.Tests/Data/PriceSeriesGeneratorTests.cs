using AttnTutorial.Data;

namespace AttnTutorial.Tests.Data;

public class PriceSeriesGeneratorTests
{
    private static readonly PriceSeriesOptions Small = PriceSeriesOptions.Default with { Count = 60 };

    [Fact]
    public void Generate_Defaults_FiveChannelsOfConsistentBars()
    {
        var samples = PriceSeriesGenerator.Generate(Small);
        Assert.Equal(60, samples.Count);
        Assert.Equal(30, samples.Count(s => s.Label == 0));
        Assert.Equal(["open", "high", "low", "close", "volume"], PriceSeriesGenerator.ChannelNames);
        foreach (var sample in samples.Where(s => s.Kind != AnomalyKind.FrozenQuote))
        {
            Assert.Equal((5, 100), (sample.ChannelCount, sample.Length));
            for (int t = 0; t < sample.Length; t++)
            {
                float open = sample.Channels[0][t], high = sample.Channels[1][t], low = sample.Channels[2][t], close = sample.Channels[3][t];
                Assert.True(high >= Math.Max(open, close) && low <= Math.Min(open, close) && low > 0, $"bar {t}: {open} {high} {low} {close}");
                Assert.True(sample.Channels[4][t] > 0);
            }
        }
    }

    [Fact]
    public void Generate_SameSeed_SameSeries_OtherSeed_Different()
    {
        var a = PriceSeriesGenerator.Generate(Small);
        var b = PriceSeriesGenerator.Generate(Small);
        var c = PriceSeriesGenerator.Generate(Small with { RandomSeed = 7 });
        Assert.Equal(a.Select(s => s.Channels[3]), b.Select(s => s.Channels[3]));
        Assert.Equal(a.Select(s => s.Mask), b.Select(s => s.Mask));
        Assert.NotEqual(a[0].Channels[3], c[0].Channels[3]);
    }

    [Theory]
    [InlineData(AnomalyKind.PriceJump, new[] { 0, 1, 2, 3 })]
    [InlineData(AnomalyKind.VolumeBurst, new[] { 4 })]
    [InlineData(AnomalyKind.FrozenQuote, new[] { 0, 1, 2, 3, 4 })]
    public void GenerateOne_EachKind_ChangesItsChannelsInsideTheMaskOnly(AnomalyKind kind, int[] channels)
    {
        var options = Small with { Kinds = [kind] };
        var normal = PriceSeriesGenerator.GenerateOne(options, new Random(5), anomalous: false);
        var anomalous = PriceSeriesGenerator.GenerateOne(options, new Random(5), anomalous: true);
        Assert.Equal(kind, anomalous.Kind);
        Assert.Equal(channels, anomalous.AnomalousChannels);
        int span = anomalous.AnomalyEnd - anomalous.AnomalyStart;
        Assert.InRange(span, 3, 10);
        Assert.Equal(span, anomalous.Mask.Count(m => m));
        // The same random source draws the same walk first, so the bars differ exactly where the anomaly went.
        for (int c = 0; c < 5; c++)
        {
            for (int t = 0; t < 100; t++)
            {
                bool changed = normal.Channels[c][t] != anomalous.Channels[c][t];
                Assert.Equal(anomalous.Mask[t] && channels.Contains(c), changed);
            }
        }
        if (kind == AnomalyKind.FrozenQuote)
        {
            for (int c = 0; c < 5; c++)
                Assert.All(anomalous.Channels[c][anomalous.AnomalyStart..anomalous.AnomalyEnd], v => Assert.Equal(anomalous.Channels[c][anomalous.AnomalyStart - 1], v));
        }
    }

    [Fact]
    public void Validate_SineKind_ErrorNamesKinds()
    {
        var error = Assert.Throws<InvalidOptionException>(() => PriceSeriesGenerator.Generate(Small with { Kinds = [AnomalyKind.Flat] }));
        Assert.Equal("Kinds", error.Option);
    }

    [Fact]
    public void SyntheticSeriesOptions_PriceKind_ErrorNamesKinds()
    {
        var error = Assert.Throws<InvalidOptionException>(() => SyntheticSeriesGenerator.Generate(SyntheticSeriesOptions.Seed with { Count = 4, Kinds = [AnomalyKind.PriceJump] }));
        Assert.Equal("Kinds", error.Option);
    }
}
