using AttnTutorial.Evaluation;

namespace AttnTutorial.Tests.Evaluation;

public class ClassificationBootstrapTests
{
    // n series, half anomalous; anomalies score higher on average but the classes overlap.
    private static (float[] Scores, int[] Labels) Overlapping(int n, int seed)
    {
        var random = new Random(seed);
        var labels = Enumerable.Range(0, n).Select(i => i % 2).ToArray();
        var scores = labels.Select(y => (float)Math.Clamp(0.5 + 0.15 * (y == 1 ? 1 : -1) + 0.25 * (random.NextDouble() - 0.5) * 2, 0, 1)).ToArray();
        return (scores, labels);
    }

    [Fact]
    public void Intervals_PerfectSeparation_AreAllOne()
    {
        float[] scores = [0.1f, 0.2f, 0.3f, 0.7f, 0.8f, 0.9f];
        int[] labels = [0, 0, 0, 1, 1, 1];

        var result = ClassificationBootstrap.Intervals(scores, labels, threshold: 0.5, resamples: 200);

        // Every resample is perfectly separated too (or holds one class, where precision/recall fall back to 0).
        Assert.Equal(1.0, result.Report.F1);
        Assert.Equal(1.0, result.Accuracy.Lower);
        Assert.Equal(1.0, result.Accuracy.Upper);
        Assert.Equal((1.0, 1.0), result.RocAuc);
    }

    [Fact]
    public void Intervals_OverlappingClasses_ContainTheEstimate()
    {
        var (scores, labels) = Overlapping(400, seed: 1);

        var result = ClassificationBootstrap.Intervals(scores, labels);

        Assert.InRange(result.Report.F1, result.F1.Lower, result.F1.Upper);
        Assert.InRange(result.Report.Accuracy, result.Accuracy.Lower, result.Accuracy.Upper);
        Assert.InRange(result.Report.RocAuc!.Value, result.RocAuc!.Value.Lower, result.RocAuc.Value.Upper);
        Assert.True(result.F1.Upper - result.F1.Lower > 0.01, "overlapping classes leave real uncertainty");
    }

    [Fact]
    public void Intervals_MoreSeries_AreNarrower()
    {
        var (fewScores, fewLabels) = Overlapping(200, seed: 2);
        var (manyScores, manyLabels) = Overlapping(3_200, seed: 2);

        var few = ClassificationBootstrap.Intervals(fewScores, fewLabels);
        var many = ClassificationBootstrap.Intervals(manyScores, manyLabels);

        // 16 times the data: the width should shrink about 4 times; demand at least 2.
        Assert.True(many.F1.Upper - many.F1.Lower < (few.F1.Upper - few.F1.Lower) / 2);
    }

    [Fact]
    public void Intervals_SameSeed_SameNumbers_OtherSeed_Differ()
    {
        var (scores, labels) = Overlapping(300, seed: 3);

        var first = ClassificationBootstrap.Intervals(scores, labels, randomSeed: 7);
        var again = ClassificationBootstrap.Intervals(scores, labels, randomSeed: 7);
        var other = ClassificationBootstrap.Intervals(scores, labels, randomSeed: 8);

        Assert.Equal(first.F1, again.F1);
        Assert.Equal(first.RocAuc, again.RocAuc);
        Assert.NotEqual(first.F1, other.F1);
    }

    [Fact]
    public void Intervals_LowerLevel_IsNarrower()
    {
        var (scores, labels) = Overlapping(300, seed: 4);

        var wide = ClassificationBootstrap.Intervals(scores, labels, level: 0.95);
        var narrow = ClassificationBootstrap.Intervals(scores, labels, level: 0.5);

        Assert.True(narrow.Recall.Upper - narrow.Recall.Lower < wide.Recall.Upper - wide.Recall.Lower);
    }

    [Fact]
    public void Intervals_OneAnomalyAmongMany_RocAucSkipsOneClassResamples()
    {
        var scores = Enumerable.Range(0, 50).Select(i => i / 50f).ToArray();
        var labels = Enumerable.Range(0, 50).Select(i => i == 49 ? 1 : 0).ToArray();

        var result = ClassificationBootstrap.Intervals(scores, labels, resamples: 300);

        // About (49/50)^50 ≈ 36 % of resamples miss the anomaly; the rest rank it on top.
        Assert.Equal((1.0, 1.0), result.RocAuc);
        Assert.Equal(0.0, result.Recall.Lower);
    }

    [Theory]
    [InlineData(99, 0.95, "resamples")]
    [InlineData(1_000, 1.0, "level")]
    [InlineData(1_000, 0.0, "level")]
    public void Intervals_OutOfRangeOption_NamesIt(int resamples, double level, string name)
    {
        var (scores, labels) = Overlapping(20, seed: 5);

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => ClassificationBootstrap.Intervals(scores, labels, resamples: resamples, level: level));

        Assert.Equal(name, error.ParamName);
    }

    [Fact]
    public void Intervals_LengthMismatch_Throws()
    {
        Assert.Throws<ArgumentException>(() => ClassificationBootstrap.Intervals([0.1f, 0.9f], [0]));
    }

    [Fact]
    public void ToString_ListsEveryMetricWithItsInterval()
    {
        var (scores, labels) = Overlapping(100, seed: 6);

        var text = ClassificationBootstrap.Intervals(scores, labels).ToString();

        Assert.Contains("95% bootstrap intervals, 1000 resamples of 100 series", text);
        foreach (var metric in new[] { "accuracy", "precision", "recall", "F1", "ROC-AUC" })
            Assert.Matches($"(?m)^{metric} +[01]\\.\\d{{3}} \\[[01]\\.\\d{{3}}, [01]\\.\\d{{3}}\\]$", text);
    }
}
