using AttnTutorial.Data;
using AttnTutorial.Evaluation;
using AttnTutorial.RealData;

namespace AttnTutorial.Tests.RealData;

public class BaselineAndInjectionTests
{
    [Fact]
    public void ZScoreBaseline_Score_IsLargestAbsZFromTrainingStats()
    {
        var training = SeriesFactory.Make([[1, 3, 1, 3], [5, 5, 5, 5]]); // μ = (2, 5), σ = (1, floor)
        var baseline = ZScoreBaseline.Fit(training, minStd: 0.5f);
        Assert.Equal([2f, 5f], baseline.Standardizer.Mean);
        Assert.Equal([1f, 0.5f], baseline.Standardizer.Std);
        var test = SeriesFactory.Make([[2, 6, 2], [5, 5, 6]]);
        Assert.Equal([0f, 4f, 2f], baseline.Score(test));
        Assert.Equal([2f, 1f], baseline.ChannelScores(test, new StepRange(1, 3)));
        // Every cell: channel 0 |x − 2| / 1, channel 1 |x − 5| / 0.5; the step score is each column's largest.
        var cells = baseline.CellScores(test);
        Assert.Equal([0f, 4f, 0f], cells[0]);
        Assert.Equal([0f, 0f, 2f], cells[1]);
        Assert.Equal(baseline.Score(test), Enumerable.Range(0, 3).Select(t => Math.Max(cells[0][t], cells[1][t])));
    }

    [Fact]
    public void ZScoreBaseline_SmdMachine21_PointAucAbout070()
    {
        var train = NumericCsvReader.Read(RepoFiles.Data("smd-machine-2-1", "train.csv.gz"));
        var test = PointLabels.Apply(NumericCsvReader.Read(RepoFiles.Data("smd-machine-2-1", "test.csv.gz")), RepoFiles.Data("smd-machine-2-1", "test_label.txt"));
        double auc = BinaryMetrics.RocAuc(ZScoreBaseline.Fit(train).Score(test), test.LabelArray)!.Value;
        Assert.InRange(auc, 0.69, 0.71);
    }

    [Fact]
    public void Standardizer_Transform_ZUnitsClipped()
    {
        var standardizer = Standardizer.Fit(SeriesFactory.Make([[1, 3, 1, 3]]), clip: 3);
        Assert.Equal([-1f, 0f, 3f], standardizer.Transform(SeriesFactory.Make([[1, 2, 100]])).Channels[0]);
    }

    [Fact]
    public void Inject_EachWindowThenLabelledCopy_OriginalUntouched()
    {
        var windows = SlidingWindows.Cut(SeriesFactory.Make([new float[40], new float[40]]), new WindowOptions { Length = 20, Stride = 20 }).Samples;
        var options = new InjectionOptions { Kinds = [AnomalyKind.LevelShift], MagnitudeMin = 3, MagnitudeMax = 3, MaxChannels = 1 };
        var injected = WindowAnomalyInjector.Inject(windows, [1f, 2f], options);

        Assert.Equal([0, 1, 0, 1], injected.Samples.Select(s => s.Label));
        Assert.Equal([AnomalyKind.None, AnomalyKind.LevelShift, AnomalyKind.None, AnomalyKind.LevelShift], injected.Kinds);
        Assert.All(windows, w => Assert.All(w.Channels, c => Assert.All(c, v => Assert.Equal(0f, v))));
        var copy = injected.Samples[1];
        int channel = Assert.Single(copy.AnomalousChannels);
        var (start, end) = copy.AnomalySpan!.Value;
        float expected = 3 * (channel == 0 ? 1f : 2f);
        for (int t = 0; t < copy.Length; t++)
        {
            Assert.Equal(t >= start && t < end, copy.Mask[t]);
            Assert.Equal(copy.Mask[t] ? expected : 0f, Math.Abs(copy.Channels[channel][t]));
            Assert.Equal(0f, copy.Channels[1 - channel][t]);
        }
    }

    [Fact]
    public void Inject_SameSeed_SameWindows()
    {
        var windows = SlidingWindows.Cut(SeriesFactory.Ramp(60), new WindowOptions { Length = 20, Stride = 10 }).Samples;
        var a = WindowAnomalyInjector.Inject(windows, [1f], InjectionOptions.Default);
        var b = WindowAnomalyInjector.Inject(windows, [1f], InjectionOptions.Default);
        Assert.Equal(a.Kinds, b.Kinds);
        Assert.Equal(a.Samples.SelectMany(s => s.Channels[0]), b.Samples.SelectMany(s => s.Channels[0]));
        Assert.Equal("MaxChannels", Assert.Throws<InvalidOptionException>(() => (InjectionOptions.Default with { MaxChannels = 0 }).Validate()).Option);
    }

    [Theory]
    [InlineData(AnomalyKind.Spike)]
    [InlineData(AnomalyKind.LevelShift)]
    [InlineData(AnomalyKind.Flat)]
    [InlineData(AnomalyKind.Noise)]
    public void Inject_EachRealWindowKind_CopyCarriesItsKindAndChangesOnlyMaskedSteps(AnomalyKind kind)
    {
        var windows = SlidingWindows.Cut(SeriesFactory.Ramp(40), new WindowOptions { Length = 20, Stride = 20 }).Samples;
        var injected = WindowAnomalyInjector.Inject(windows, [1f], InjectionOptions.Default with { Kinds = [kind], SegmentFractionMin = 0.3, SegmentFractionMax = 0.5 });

        var copy = injected.Samples[1];
        Assert.Equal(kind, copy.Kind);
        Assert.Equal(AnomalyKind.None, injected.Samples[0].Kind);
        var changed = Enumerable.Range(0, copy.Length).Where(t => copy.Channels[0][t] != windows[0].Channels[0][t]).ToArray();
        Assert.NotEmpty(changed);
        Assert.All(changed, t => Assert.True(copy.Mask[t], $"step {t} changed outside the mask"));
    }

    [Fact]
    public void InjectionOptions_SineOnlyKind_ErrorNamesKindsAndAllowedOnes()
    {
        var error = Assert.Throws<InvalidOptionException>(() => (InjectionOptions.Default with { Kinds = [AnomalyKind.Zero] }).Validate());
        Assert.Equal("Kinds", error.Option);
        Assert.Contains("spike, level-shift, flat, noise", error.Message);
    }
}
