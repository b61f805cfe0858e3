using AttnTutorial.Evaluation;

namespace AttnTutorial.Tests.Evaluation;

public class PointwiseMetricsTests
{
    private static bool[] Mask(string pattern) => pattern.Select(c => c == '1').ToArray();

    private static float[] Scores(string pattern) => pattern.Select(c => c == '1' ? 1f : 0f).ToArray();

    [Fact]
    public void Confusion_TwoSeries_CountsEveryTimeStep()
    {
        float[][] scores = [Scores("0110000"), Scores("1000")];
        bool[][] masks = [Mask("0011100"), Mask("0000")];
        var confusion = PointwiseMetrics.Confusion(scores, masks);
        // Series 0: TP at 2, FP at 1, FN at 3 and 4, TN at 0, 5, 6. Series 1: FP at 0, TN at 1..3.
        Assert.Equal(new ConfusionMatrix(TrueNegatives: 6, FalsePositives: 2, FalseNegatives: 2, TruePositives: 1), confusion);
    }

    [Fact]
    public void PointAdjust_OneHitInASegment_FlagsTheWholeSegmentOnly()
    {
        var adjusted = PointwiseMetrics.PointAdjust(Mask("1001000001"), Mask("0111000110"));
        // The segment 1..3 was hit at 3, so all of it counts; 7..8 was missed; flags at 0 and 9 stay false alarms.
        Assert.Equal(Mask("1111000001"), adjusted);
    }

    [Fact]
    public void Evaluate_HandComputed_AdjustedF1AtLeastPlainF1()
    {
        float[][] scores = [Scores("0001000000")];
        bool[][] masks = [Mask("0011110000")];
        var report = PointwiseMetrics.Evaluate(scores, masks);
        // Plain: TP 1, FP 0, FN 3 -> P 1, R 1/4, F1 2/5. Adjusted: TP 4 -> F1 1.
        Assert.Equal(1.0, report.Precision);
        Assert.Equal(0.25, report.Recall);
        Assert.Equal(0.4, report.F1, 12);
        Assert.Equal(1.0, report.AdjustedF1);
        // AUC over points: the one flagged anomaly beats all 6 normal points, the 3 others tie with them: (6 + 3·6/2) / 24.
        Assert.Equal(0.625, report.RocAuc);
        // AP: at 1, recall 1/4 with precision 1; at 0, recall 1 with precision 4/10: 0.25 + 0.75·0.4.
        Assert.Equal(0.55, report.AveragePrecision!.Value, 12);
    }

    [Fact]
    public void PointAdjustedF1_RandomScores_AreInflated()
    {
        // 20 series of 200 steps, one 40-step anomaly each, scored by a coin: uniform random scores.
        var random = new Random(11);
        var masks = new bool[20][];
        var scores = new float[20][];
        for (int i = 0; i < 20; i++)
        {
            masks[i] = new bool[200];
            Array.Fill(masks[i], true, random.Next(0, 160), 40);
            scores[i] = Enumerable.Range(0, 200).Select(_ => (float)random.NextDouble()).ToArray();
        }
        var report = PointwiseMetrics.Evaluate(scores, masks, threshold: 0.95);
        Assert.Equal(0.09, report.F1, 2);
        Assert.Equal(0.89, report.AdjustedF1, 2);
        Assert.InRange(report.RocAuc!.Value, 0.45, 0.55);
    }

    [Fact]
    public void Segments_FindsMaximalRuns()
    {
        Assert.Equal([(0, 2), (4, 5), (7, 8)], PointwiseMetrics.Segments(Mask("11001001")));
        Assert.Empty(PointwiseMetrics.Segments(Mask("000")));
    }

    [Fact]
    public void BestF1Threshold_PicksTheSeparatingScore()
    {
        float[][] scores = [[0.1f, 0.8f, 0.9f, 0.2f]];
        bool[][] masks = [Mask("0110")];
        var choice = PointwiseMetrics.BestF1Threshold(scores, masks);
        Assert.Equal(0.8, choice.Threshold, 6);
        Assert.Equal(1.0, choice.F1);
    }

    [Fact]
    public void Confusion_LengthsDiffer_ErrorNamesSeries()
    {
        var error = Assert.Throws<ArgumentException>(() => PointwiseMetrics.Confusion([Scores("01")], [Mask("010")]));
        Assert.Contains("scores[0]", error.Message);
    }
}
