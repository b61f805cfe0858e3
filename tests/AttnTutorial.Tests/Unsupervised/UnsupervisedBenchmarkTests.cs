using AttnTutorial.RealData;
using AttnTutorial.Tests.RealData;
using AttnTutorial.Unsupervised;

namespace AttnTutorial.Tests.Unsupervised;

public class UnsupervisedBenchmarkTests
{
    /// <summary>
    /// Train: 1,000 steps of a sine. Test: 500 steps of the same sine at half the amplitude (so no normal test step
    /// reaches the training peaks the threshold sits on) with two spikes to 10 (steps 100–104 and 300–304).
    /// </summary>
    private static UnsupervisedDataSet Spikes(bool eventLabels) => new(
        "spikes",
        UnsupervisedSeries.Sine(1_000),
        UnsupervisedSeries.WithShifts(UnsupervisedSeries.Sine(500, offset: 1_000, amplitude: 0.5f), 10f, new StepRange(100, 105), new StepRange(300, 305)),
        WindowLength: 20,
        EventLabels: eventLabels,
        Contamination: "none");

    private static readonly UnsupervisedBenchmarkOptions TwoSeeds = new() { Seeds = [1, 2] };

    [Fact]
    public void Run_ThreeSigmaOnSpikes_HandComputedRow()
    {
        // σ of the training sine is 1/√2, so |z| of the test sine stays below 0.71 and the spikes reach 10/σ ≈ 14: a perfect
        // ranking. The threshold, the 99th percentile of the held-out sine's |z|, is its peak √2 ≈ 1.41, so exactly the 10
        // spike steps alarm (2 % of 500), each event from its first step (delay 0), and no alarm run falls outside them.
        var result = UnsupervisedBenchmark.Run(Spikes(eventLabels: true), [new ThreeSigmaDetector()], TwoSeeds);
        var table = result.Table;
        Assert.Equal(["3σ rule"], table.Rows);
        Assert.Equal([UnsupervisedBenchmark.RocAuc, UnsupervisedBenchmark.AucPr, UnsupervisedBenchmark.VusPr, UnsupervisedBenchmark.EventsCaught,
            UnsupervisedBenchmark.FalseAlarms, UnsupervisedBenchmark.InAlarm, UnsupervisedBenchmark.MedianDelay], table.Columns);
        Assert.Equal(1, table["3σ rule", UnsupervisedBenchmark.RocAuc].Mean, 9);
        Assert.Equal(1, table["3σ rule", UnsupervisedBenchmark.AucPr].Mean, 9);
        Assert.Equal(2, table["3σ rule", UnsupervisedBenchmark.EventsCaught].Mean);
        Assert.Equal(0, table["3σ rule", UnsupervisedBenchmark.FalseAlarms].Mean);
        Assert.Equal(0.02, table["3σ rule", UnsupervisedBenchmark.InAlarm].Mean, 9);
        Assert.Equal(0, table["3σ rule", UnsupervisedBenchmark.MedianDelay].Mean);
        Assert.Equal(0, table["3σ rule", UnsupervisedBenchmark.RocAuc].StandardDeviation);   // deterministic: the same every seed
        Assert.Equal([1, 2], table["3σ rule", UnsupervisedBenchmark.RocAuc].Seeds);
        Assert.InRange(result.Thresholds["3σ rule"], 1.0, 1.42);
        Assert.Equal(500, result.TestScores["3σ rule"].Length);
    }

    [Fact]
    public void Run_FitsOnTheEarlyPart_ScoresContextHeldOutAndTest()
    {
        // 20 % of 1,000 held out: fit on 800 steps; scored: 512 context steps + 200 held out + 500 test.
        var spy = new SpyDetector();
        UnsupervisedBenchmark.Run(Spikes(eventLabels: false), [spy], TwoSeeds);
        Assert.Equal([800, 800], spy.FitLengths);
        Assert.Equal([1, 2], spy.Seeds);
        Assert.Equal([1_212, 1_212], spy.ScoreLengths);
        Assert.All(spy.FitLabelled, n => Assert.Equal(0, n));
    }

    [Fact]
    public void Run_PointLabels_NoEventColumns_AndSeededDetectorsSpread()
    {
        var result = UnsupervisedBenchmark.Run(Spikes(eventLabels: false),
            [new ThreeSigmaDetector(), new IsolationForestDetector(new WindowOptions { Length = 20, Stride = 1 }, new IsolationForestOptions { Trees = 10 }), new CoinDetector()],
            new UnsupervisedBenchmarkOptions { Seeds = [1, 2, 3] });
        Assert.Equal([UnsupervisedBenchmark.RocAuc, UnsupervisedBenchmark.AucPr, UnsupervisedBenchmark.VusPr], result.Table.Columns);
        Assert.True(result.Table["coin", UnsupervisedBenchmark.RocAuc].StandardDeviation > 0, "random scores move with the seed");
        Assert.Empty(result.Thresholds);
        var (best, _) = result.Winner(UnsupervisedBenchmark.AucPr);
        Assert.Equal("3σ rule", best);
        Assert.DoesNotContain("coin", result.Winner(UnsupervisedBenchmark.RocAuc).Ties);
        var again = UnsupervisedBenchmark.Run(Spikes(eventLabels: false), [new CoinDetector()], new UnsupervisedBenchmarkOptions { Seeds = [1, 2, 3] });
        Assert.Equal(result.Table["coin", UnsupervisedBenchmark.VusPr].Values, again.Table["coin", UnsupervisedBenchmark.VusPr].Values);
    }

    [Fact]
    public void Run_NoEventCaughtInAnySeed_LeavesTheDelayCellEmpty()
    {
        var result = UnsupervisedBenchmark.Run(Spikes(eventLabels: true), [new ConstantDetector()], TwoSeeds);
        // A constant score puts the threshold at that constant, so every step alarms: both events caught at delay 0.
        Assert.Equal(0, result.Table["constant", UnsupervisedBenchmark.MedianDelay].Mean);
        var never = UnsupervisedBenchmark.Run(Spikes(eventLabels: true), [new InvertedDetector()], TwoSeeds);
        Assert.Equal(0, never.Table["inverted", UnsupervisedBenchmark.EventsCaught].Mean);
        Assert.False(never.Table.TryGetValue("inverted", UnsupervisedBenchmark.MedianDelay, out _));
    }

    [Fact]
    public void Run_BadInput_ClearErrors()
    {
        var data = Spikes(eventLabels: false);
        Assert.Contains("Two detectors are called '3σ rule'", Assert.Throws<ArgumentException>(() => UnsupervisedBenchmark.Run(data, [new ThreeSigmaDetector(), new ThreeSigmaDetector()])).Message);
        var unlabelled = data with { Test = data.Test.WithLabels(new bool[data.Test.Length]) };
        Assert.Contains("both classes", Assert.Throws<ArgumentException>(() => UnsupervisedBenchmark.Run(unlabelled, [new ThreeSigmaDetector()])).Message);
        Assert.Equal("Seeds", Assert.Throws<InvalidOptionException>(() => UnsupervisedBenchmark.Run(data, [new ThreeSigmaDetector()], new UnsupervisedBenchmarkOptions { Seeds = [1, 1] })).Option);
        Assert.Equal("ThresholdShare", Assert.Throws<InvalidOptionException>(() => new UnsupervisedBenchmarkOptions { ThresholdShare = 0.9 }.Validate()).Option);
        Assert.Contains("returned 3 scores", Assert.Throws<InvalidOperationException>(() => UnsupervisedBenchmark.Run(data, [new ShortDetector()])).Message);
    }

    private sealed class SpyDetector : IUnsupervisedDetector
    {
        public List<int> FitLengths { get; } = [];
        public List<int> FitLabelled { get; } = [];
        public List<int> Seeds { get; } = [];
        public List<int> ScoreLengths { get; } = [];
        public string Name => "spy";
        public void Fit(TimeSeries train, int seed) { FitLengths.Add(train.Length); FitLabelled.Add(train.LabelledCount); Seeds.Add(seed); }
        public float[] Score(TimeSeries series) { ScoreLengths.Add(series.Length); return series.Channels[0].Select(Math.Abs).ToArray(); }
    }

    private sealed class CoinDetector : IUnsupervisedDetector
    {
        private Random _random = new(0);
        public string Name => "coin";
        public void Fit(TimeSeries train, int seed) => _random = new Random(seed);
        public float[] Score(TimeSeries series) => Enumerable.Range(0, series.Length).Select(_ => (float)_random.NextDouble()).ToArray();
    }

    private sealed class ConstantDetector : IUnsupervisedDetector
    {
        public string Name => "constant";
        public void Fit(TimeSeries train, int seed) { }
        public float[] Score(TimeSeries series) => new float[series.Length];
    }

    /// <summary>Scores −|x|: the spikes score lowest, so no threshold from normal data catches them.</summary>
    private sealed class InvertedDetector : IUnsupervisedDetector
    {
        public string Name => "inverted";
        public void Fit(TimeSeries train, int seed) { }
        public float[] Score(TimeSeries series) => series.Channels[0].Select(v => -Math.Abs(v)).ToArray();
    }

    private sealed class ShortDetector : IUnsupervisedDetector
    {
        public string Name => "short";
        public void Fit(TimeSeries train, int seed) { }
        public float[] Score(TimeSeries series) => new float[3];
    }
}
