using AttnTutorial.Evaluation;

namespace AttnTutorial.Tests.Evaluation;

public class BootstrapTests
{
    private static double? MeanScore(IReadOnlyList<float> scores, IReadOnlyList<int> labels) => scores.Average(s => (double)s);

    [Fact]
    public void Percentile_HandComputed_InterpolatesLikeNumPy()
    {
        double[] sorted = [1, 2, 3, 4];
        Assert.Equal(1.75, Bootstrap.Percentile(sorted, 0.25), 12);   // position 0.75 between 1 and 2
        Assert.Equal(2.5, Bootstrap.Percentile(sorted, 0.5), 12);
        Assert.Equal(4, Bootstrap.Percentile(sorted, 1), 12);
    }

    [Fact]
    public void Interval_OneBlockAsLongAsTheData_RedrawsTheDataItself()
    {
        // A single block of length T can only start at 0: every resample is the data, so the interval has no width.
        float[] scores = [0.1f, 0.4f, 0.35f, 0.8f];
        int[] labels = [0, 0, 1, 1];
        var interval = Bootstrap.Interval(scores, labels, BinaryMetrics.RocAuc, new() { BlockLength = 4, Resamples = 20 });
        Assert.Equal(0.75, interval.Estimate, 12);
        Assert.Equal(0.75, interval.Lower, 12);
        Assert.Equal(0.75, interval.Upper, 12);
    }

    [Fact]
    public void Interval_MeanOfCoinFlips_MatchesTheNormalApproximation()
    {
        // 400 items, 30 % ones: the mean's standard error is √(0.3·0.7/400) ≈ 0.0229, so a 95 % interval is ≈ ±0.045.
        var scores = Enumerable.Range(0, 400).Select(i => i % 10 < 3 ? 1f : 0f).ToArray();
        var labels = Enumerable.Range(0, 400).Select(i => i % 2).ToArray();
        var interval = Bootstrap.Interval(scores, labels, MeanScore, new() { Resamples = 2_000 });
        double halfWidth = 1.96 * Math.Sqrt(0.3 * 0.7 / 400);
        Assert.Equal(0.3, interval.Estimate, 12);
        Assert.InRange(interval.Lower, 0.3 - halfWidth * 1.15, 0.3 - halfWidth * 0.85);
        Assert.InRange(interval.Upper, 0.3 + halfWidth * 0.85, 0.3 + halfWidth * 1.15);
        Assert.Equal(2_000, interval.Resamples);
    }

    [Fact]
    public void Interval_SameSeed_SameInterval_AndLevelNarrows()
    {
        var random = new Random(5);
        var labels = Enumerable.Range(0, 80).Select(i => i % 4 == 0 ? 1 : 0).ToArray();
        var scores = labels.Select(l => (float)(random.NextDouble() + 0.5 * l)).ToArray();
        var first = Bootstrap.Interval(scores, labels, BinaryMetrics.AveragePrecision);
        var again = Bootstrap.Interval(scores, labels, BinaryMetrics.AveragePrecision);
        var narrow = Bootstrap.Interval(scores, labels, BinaryMetrics.AveragePrecision, new() { Level = 0.5 });
        Assert.Equal(first, again);
        Assert.True(first.Contains(first.Estimate));
        Assert.True(narrow.Upper - narrow.Lower < first.Upper - first.Lower);
    }

    [Fact]
    public void Interval_UndefinedOnTheData_ThrowsAndBadOptionsNameTheOption()
    {
        Assert.Throws<ArgumentException>(() => Bootstrap.Interval([0.1f, 0.2f], [0, 0], BinaryMetrics.RocAuc));
        Assert.Equal("Level", Assert.Throws<InvalidOptionException>(() => new BootstrapOptions { Level = 1 }.Validate()).Option);
        Assert.Equal("BlockLength", Assert.Throws<InvalidOptionException>(() => new BootstrapOptions { BlockLength = 0 }.Validate()).Option);
        Assert.Equal("Resamples", Assert.Throws<InvalidOptionException>(() => new BootstrapOptions { Resamples = 5 }.Validate()).Option);
    }

    [Fact]
    public void ToString_ShowsEstimateAndEnds()
    {
        Assert.Equal("0.912 [0.871, 0.948]", new ConfidenceInterval(0.912, 0.871, 0.948, 0.95, 1000).ToString());
    }
}
