using AttnTutorial.Evaluation;
using AttnTutorial.RealData;
using AttnTutorial.Tests.RealData;
using AttnTutorial.Unsupervised;

namespace AttnTutorial.Tests.Unsupervised;

public class BaselineDetectorsTests
{
    private static readonly WindowOptions Windows = new() { Length = 20, Stride = 1 };

    public static TheoryData<string> Names() => new() { "3σ", "smoothed", "pca", "forest" };

    private static IUnsupervisedDetector Make(string name) => name switch
    {
        "3σ" => new ThreeSigmaDetector(),
        "smoothed" => new SmoothedZScoreDetector(Windows),
        "pca" => new PcaDetector(Windows),
        _ => new IsolationForestDetector(Windows, new IsolationForestOptions { Trees = 30 }),
    };

    [Fact]
    public void ThreeSigma_ScoresTheLargestAbsZ_AndAlarmsAboveThree()
    {
        // Training ±1: μ = 0, σ = 1, so z = x.
        var detector = new ThreeSigmaDetector();
        detector.Fit(SeriesFactory.Make([[-1, 1, -1, 1]], []), seed: 0);
        var series = SeriesFactory.Make([[0, 3, -5]]);
        Assert.Equal([0f, 3f, 5f], detector.Score(series));
        Assert.Equal([false, false, true], detector.Alarms(series));
        Assert.Equal("3σ rule", detector.Name);
        Assert.Equal("sigmas", Assert.Throws<InvalidOptionException>(() => new ThreeSigmaDetector(0)).Option);
    }

    [Fact]
    public void SmoothedZScore_MeansOverTheWindowEndingAtEachStep()
    {
        var detector = new SmoothedZScoreDetector(new WindowOptions { Length = 2, Stride = 1 });
        detector.Fit(SeriesFactory.Make([[-1, 1, -1, 1]]), seed: 0);
        // |z| = 0 2 4 0; windows [0,1] [1,2] [2,3] have means 1, 3, 2 and end at steps 1, 2, 3; step 0 takes the lowest, 1.
        Assert.Equal([1f, 1f, 3f, 2f], detector.Score(SeriesFactory.Make([[0, 2, 4, 0]])));
    }

    [Fact]
    public void Pca_ManyChannels_IsPcaBaselineSmoothedCausally()
    {
        var train = UnsupervisedSeries.Sine(400, channels: 3);
        var test = UnsupervisedSeries.WithShifts(UnsupervisedSeries.Sine(200, channels: 3), 2f, new StepRange(100, 110));
        var detector = new PcaDetector(Windows);
        detector.Fit(train, seed: 0);
        var expected = BaselineSmoothing.Causal(PcaBaseline.Fit(train).Score(test), Windows);
        Assert.Equal(expected, detector.Score(test));
    }

    [Fact]
    public void Pca_OneChannel_UsesTheWindowAsFeatures_AndFindsABrokenShape()
    {
        // On one channel, PCA over channels would keep the only component and score 0 everywhere; over lags it sees shapes.
        var detector = new PcaDetector(Windows);
        detector.Fit(UnsupervisedSeries.Sine(1_000), seed: 0);
        var test = UnsupervisedSeries.WithShifts(UnsupervisedSeries.Sine(400), 0.9f, new StepRange(200, 215));
        var scores = detector.Score(test);
        Assert.True(detector.Fitted!.ComponentCount < Windows.Length, "a sine's windows live in a few components");
        Assert.True(BinaryMetrics.RocAuc(scores, test.LabelArray) > 0.8, "the flattened stretch stands out");
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Score_LevelShiftOnASine_RanksTheShiftFirst(string name)
    {
        var detector = Make(name);
        detector.Fit(UnsupervisedSeries.Sine(1_000, channels: 2), seed: 1);
        var test = UnsupervisedSeries.WithShifts(UnsupervisedSeries.Sine(600, channels: 2), 3f, new StepRange(200, 230), new StepRange(400, 420));
        var scores = detector.Score(test);
        Assert.Equal(test.Length, scores.Length);
        double auc = BinaryMetrics.RocAuc(scores, test.LabelArray)!.Value;
        // The windowed scores stay high for up to L steps after a shift (unlabelled steps), so not 1.
        Assert.True(auc > 0.85, $"{detector.Name}: ROC-AUC {auc:F3}");
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Score_IsCausal_LaterStepsChangeNoEarlierScore(string name)
    {
        var detector = Make(name);
        detector.Fit(UnsupervisedSeries.Sine(500), seed: 1);
        var clean = UnsupervisedSeries.Sine(300);
        var changed = UnsupervisedSeries.WithShifts(clean, 5f, new StepRange(200, 300));
        var a = detector.Score(clean);
        var b = detector.Score(changed);
        // The warm-up steps (before the first full window) take the lowest score of all steps, future ones included.
        int firstFull = detector is ThreeSigmaDetector ? 0 : Windows.Length - 1;
        Assert.Equal(a[firstFull..200], b[firstFull..200]);
        Assert.NotEqual(a[200..], b[200..]);
        // Steps before the first window ends carry the lowest score of the rest (the 3σ rule has no window).
        if (detector is not ThreeSigmaDetector) Assert.All(a[..(Windows.Length - 1)], s => Assert.True(s <= a[(Windows.Length - 1)..].Min()));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Score_BeforeFit_OrWrongChannels_ClearErrors(string name)
    {
        var detector = Make(name);
        Assert.Contains("call Fit", Assert.Throws<InvalidOperationException>(() => detector.Score(UnsupervisedSeries.Sine(100))).Message);
        detector.Fit(UnsupervisedSeries.Sine(200, channels: 2), seed: 0);
        var error = Assert.Throws<ArgumentException>(() => detector.Score(UnsupervisedSeries.Sine(100)));
        Assert.Contains("test.csv has 1 channels", error.Message);
        var gap = UnsupervisedSeries.Sine(100, channels: 2);
        gap.Channels[1][50] = float.NaN;
        Assert.Contains("missing values", Assert.Throws<ArgumentException>(() => detector.Score(gap)).Message);
    }

    [Fact]
    public void IsolationForest_SameSeed_SameScores_OtherSeed_Others()
    {
        var train = UnsupervisedSeries.Sine(600, channels: 2);
        var test = UnsupervisedSeries.WithShifts(UnsupervisedSeries.Sine(200, channels: 2), 2f, new StepRange(100, 110));
        float[] Run(int seed) { var d = new IsolationForestDetector(Windows, new IsolationForestOptions { Trees = 20 }); d.Fit(train, seed); return d.Score(test); }
        Assert.Equal(Run(5), Run(5));
        Assert.NotEqual(Run(5), Run(6));
    }
}
