using AttnTutorial.Data;

namespace AttnTutorial.Tests.Data;

public class SyntheticSeriesGeneratorTests
{
    private static readonly SyntheticSeriesOptions Small = new() { Count = 200, Length = 100 };

    [Fact]
    public void Generate_SeedDefaults_HalfNormalWithFlatSegmentsInRange()
    {
        var options = SyntheticSeriesOptions.Seed with { Count = 400 };
        var samples = SyntheticSeriesGenerator.Generate(options);

        Assert.Equal(400, samples.Count);
        Assert.Equal(200, samples.Count(s => s.Label == 0));
        foreach (var s in samples.Where(s => s.IsAnomalous))
        {
            Assert.Equal(AnomalyKind.Flat, s.Kind);
            Assert.InRange(s.AnomalyStart, 0, (int)(0.9 * 500));
            Assert.InRange(s.AnomalyEnd - s.AnomalyStart, 1, 250);
            Assert.True(s.AnomalyEnd <= 500);
            // Held at its first value.
            var values = s.Channels[0][s.AnomalyStart..s.AnomalyEnd];
            Assert.All(values, v => Assert.Equal(values[0], v));
            Assert.Equal(s.AnomalyEnd - s.AnomalyStart, s.Mask.Count(m => m));
        }
        // Unclipped segments are at least 10 % of the series.
        Assert.All(samples.Where(s => s.IsAnomalous && s.AnomalyEnd < 500), s => Assert.True(s.AnomalyEnd - s.AnomalyStart >= 50));
    }

    [Fact]
    public void Generate_NormalSeries_IsAPlainSineWithinAmplitudeRange()
    {
        var samples = SyntheticSeriesGenerator.Generate(Small);
        foreach (var s in samples.Where(s => !s.IsAnomalous))
        {
            Assert.Equal(AnomalyKind.None, s.Kind);
            Assert.Null(s.AnomalySpan);
            Assert.DoesNotContain(true, s.Mask);
            Assert.All(s.Channels[0], v => Assert.InRange(v, -10f, 10f));
            Assert.Equal(0f, s.Channels[0][0], 5); // sin(0) = 0
        }
    }

    [Fact]
    public void Generate_SameSeed_SameSeries_OtherSeed_Different()
    {
        var a = SyntheticSeriesGenerator.Generate(Small);
        var b = SyntheticSeriesGenerator.Generate(Small);
        var c = SyntheticSeriesGenerator.Generate(Small with { RandomSeed = 7 });
        Assert.Equal(a.SelectMany(s => s.Channels[0]), b.SelectMany(s => s.Channels[0]));
        Assert.NotEqual(a.SelectMany(s => s.Channels[0]), c.SelectMany(s => s.Channels[0]));
    }

    [Theory]
    [InlineData(AnomalyKind.Zero)]
    [InlineData(AnomalyKind.Noise)]
    [InlineData(AnomalyKind.Spike)]
    public void Generate_ExtraKinds_MaskMatchesChangedSteps(AnomalyKind kind)
    {
        var options = Small with { Kinds = [kind] };
        var samples = SyntheticSeriesGenerator.Generate(options);
        foreach (var s in samples.Where(s => s.IsAnomalous))
        {
            Assert.Equal(kind, s.Kind);
            Assert.True(s.Mask[s.AnomalyStart]);
            Assert.True(s.Mask[s.AnomalyEnd - 1]);
            Assert.DoesNotContain(true, s.Mask[..s.AnomalyStart]);
            Assert.DoesNotContain(true, s.Mask[s.AnomalyEnd..]);
            if (kind == AnomalyKind.Zero) Assert.All(s.Channels[0][s.AnomalyStart..s.AnomalyEnd], v => Assert.Equal(0f, v));
            if (kind == AnomalyKind.Spike)
            {
                int spikes = s.Mask.Count(m => m);
                Assert.InRange(spikes, 1, 3);
                // A spike is at least twice the amplitude away from zero: outside anything the sine reaches.
                for (int t = 0; t < s.Length; t++) if (s.Mask[t]) Assert.True(Math.Abs(s.Channels[0][t]) >= 2f);
            }
        }
    }

    [Fact]
    public void Generate_Multivariate_InjectsIntoNamedChannelsOnly()
    {
        var options = Small with { Channels = 3, AnomalousChannelCount = 1, Kinds = [AnomalyKind.Zero] };
        var samples = SyntheticSeriesGenerator.Generate(options);
        foreach (var s in samples.Where(s => s.IsAnomalous))
        {
            Assert.Equal(3, s.ChannelCount);
            int target = Assert.Single(s.AnomalousChannels);
            Assert.All(s.Channels[target][s.AnomalyStart..s.AnomalyEnd], v => Assert.Equal(0f, v));
            for (int c = 0; c < 3; c++)
            {
                if (c != target) Assert.Contains(s.Channels[c][s.AnomalyStart..s.AnomalyEnd], v => v != 0f);
            }
        }
        var normal = samples.First(s => !s.IsAnomalous);
        Assert.Equal(1f, Math.Abs(normal.Channels[1][0]) / Math.Abs(normal.Channels[1].Max(Math.Abs)), 3); // cosine starts at its peak
    }

    [Theory]
    [InlineData("Count")]
    [InlineData("NormalRatio")]
    [InlineData("Kinds")]
    [InlineData("AnomalousChannelCount")]
    public void Validate_BadOption_ErrorNamesIt(string option)
    {
        var bad = option switch
        {
            "Count" => Small with { Count = 0 },
            "NormalRatio" => Small with { NormalRatio = 1.5 },
            "Kinds" => Small with { Kinds = [] },
            _ => Small with { AnomalousChannelCount = 2 },
        };
        var error = Assert.Throws<InvalidOptionException>(() => SyntheticSeriesGenerator.Generate(bad));
        Assert.Equal(option, error.Option);
        Assert.Contains(option, error.Message);
    }
}
