using AttnTutorial.Evaluation;

namespace AttnTutorial.Tests.Evaluation;

public class VolumeUnderSurfaceTests
{
    // One event at steps 2-3; the best score (0.8) sits one step before it.
    private static readonly float[] EarlyScores = [0.0f, 0.8f, 0.6f, 0.1f, 0.2f, 0.3f];
    private static readonly int[] EarlyLabels = [0, 0, 1, 1, 0, 0];

    // Three thresholds: ranks ⌊k·5/2⌋ = 0, 2, 5 of the sorted scores → 0.8, 0.3, 0.0.
    private static readonly VolumeUnderSurfaceOptions ThreeThresholds = new() { MaxBuffer = 2, Thresholds = 3 };

    [Fact]
    public void Compute_BufferZeroAndOne_HandComputedAreas()
    {
        // ℓ = 0 (and ℓ = 1, whose half-buffer ⌊1/2⌋ is 0): plain labels, P′ = 2, T − P′ = 4.
        // τ=0.8: alarms {1}: TP 0 → TPR 0, FPR 1/4, precision 0.
        // τ=0.3: alarms {1,2,5}: TP 1, event hit → TPR 1/2, FPR 2/4, precision 1/3.
        // τ=0.0: all: TPR 1, FPR 1, precision 2/6.
        // ROC (0,0)(¼,0)(½,½)(1,1)(1,1): ¼·0 + ¼·¼ + ½·¾ = 0.4375.
        // PR from (0,1): widths 0, ½, ½; heights ½, (⅓+0)/2, ⅓ → 1/12 + 1/6 = 0.25.
        var report = VolumeUnderSurface.Compute(EarlyScores, EarlyLabels, ThreeThresholds)!;
        Assert.Equal(0.4375, report.RangeRocAuc[0], 12);
        Assert.Equal(0.25, report.RangePrAuc[0], 12);
        Assert.Equal(0.4375, report.RangeRocAuc[1], 12);
        Assert.Equal(0.25, report.RangePrAuc[1], 12);
    }

    [Fact]
    public void Compute_BufferTwo_GivesTheEarlyAlarmPartialCredit()
    {
        // ℓ = 2: steps 1 and 4 get √(1 − 1/2) = a. P̃ = 2 + 2a, P′ = (2 + P̃)/2 = 2 + a, T − P′ = 4 − a.
        double a = Math.Sqrt(0.5), p = 2 + a, n = 4 - a;
        (double Tpr, double Fpr, double Precision)[] points =
        [
            (a / p, (1 - a) / n, a),                          // alarms {1}
            ((a + 1) / p, (3 - (a + 1)) / n, (a + 1) / 3),     // alarms {1,2,5}
            (1, (6 - (2 + 2 * a)) / n, (2 + 2 * a) / 6),        // all: TP = P̃ > P′, recall capped at 1
        ];
        double roc = 0, pr = 0, fpr0 = 0, tpr0 = 0, precision0 = 1;
        foreach (var (tpr, fpr, precision) in points)
        {
            roc += (fpr - fpr0) * (tpr + tpr0) / 2;
            pr += (tpr - tpr0) * (precision + precision0) / 2;
            (fpr0, tpr0, precision0) = (fpr, tpr, precision);
        }
        roc += (1 - fpr0) * (1 + tpr0) / 2;

        var report = VolumeUnderSurface.Compute(EarlyScores, EarlyLabels, ThreeThresholds)!;
        Assert.Equal(0.681880356827, roc, 9);   // the formulas above, evaluated once by hand (Python)
        Assert.Equal(0.668854359334, pr, 9);
        Assert.Equal(roc, report.RangeRocAuc[2], 12);
        Assert.Equal(pr, report.RangePrAuc[2], 12);
        Assert.True(report.RangePrAuc[2] > report.RangePrAuc[0], "an alarm just before the event earns credit once the buffer reaches it");
        Assert.Equal((2 * 0.4375 + roc) / 3, report.RocVolume, 12);
        Assert.Equal((2 * 0.25 + pr) / 3, report.PrVolume, 12);
        Assert.Equal(2, report.MaxBuffer);
    }

    [Fact]
    public void Compute_OneEventNoBufferEveryThreshold_EqualsPointwiseRocAuc()
    {
        // With one event, ℓ = 0 and a threshold at every (distinct) score, TPR and FPR are the point-wise ones.
        var random = new Random(3);
        var scores = Enumerable.Range(0, 60).Select(_ => (float)random.NextDouble()).ToArray();
        var labels = Enumerable.Range(0, 60).Select(t => t is >= 20 and < 32 ? 1 : 0).ToArray();
        var report = VolumeUnderSurface.Compute(scores, labels, new() { MaxBuffer = 0, Thresholds = 60 })!;
        Assert.Equal(BinaryMetrics.RocAuc(scores, labels)!.Value, report.RocVolume, 9);
    }

    [Fact]
    public void Compute_PerfectScoresNoBuffer_AreOne()
    {
        float[] scores = [0, 0, 0, 1, 1, 0, 0, 0, 0, 0, 1, 0, 0];
        int[] labels = scores.Select(s => (int)s).ToArray();
        var report = VolumeUnderSurface.Compute(scores, labels, new() { MaxBuffer = 0, Thresholds = 13 })!;
        // The first threshold alarms exactly the three labelled steps: TPR 1 at FPR 0, precision 1.
        Assert.Equal(1, report.RocVolume, 9);
        Assert.Equal(1, report.PrVolume, 9);
    }

    [Fact]
    public void Compute_OneClassOnly_IsNull()
    {
        Assert.Null(VolumeUnderSurface.Compute([0.1f, 0.2f], [0, 0]));
        Assert.Null(VolumeUnderSurface.Compute([0.1f, 0.2f], [1, 1]));
    }

    [Fact]
    public void Validate_BadOptions_NameTheOption()
    {
        Assert.Equal("Thresholds", Assert.Throws<InvalidOptionException>(() => new VolumeUnderSurfaceOptions { Thresholds = 1 }.Validate()).Option);
        Assert.Equal("MaxBuffer", Assert.Throws<InvalidOptionException>(() => new VolumeUnderSurfaceOptions { MaxBuffer = -1 }.Validate()).Option);
    }
}
