using AttnTutorial.Evaluation;

namespace AttnTutorial.Tests.Evaluation;

public class BinaryMetricsTests
{
    // The foundation issue's worked example: the anomaly at 0.35 ranks below the normal at 0.4.
    private static readonly float[] ExampleScores = [0.1f, 0.4f, 0.35f, 0.8f];
    private static readonly int[] ExampleLabels = [0, 0, 1, 1];

    // A normal and an anomaly tie at 0.6.
    private static readonly float[] TiedScores = [0.2f, 0.6f, 0.6f, 0.9f];
    private static readonly int[] TiedLabels = [0, 0, 1, 1];

    private const int Precision = 12;

    [Fact]
    public void RocAuc_WorkedExample_IsThreeQuarters()
    {
        Assert.Equal(0.75, BinaryMetrics.RocAuc(ExampleScores, ExampleLabels)!.Value, Precision);
    }

    [Fact]
    public void RocAuc_TieBetweenClasses_CountsOneHalf()
    {
        // Pairs (anomaly, normal): (0.6, 0.2)=1, (0.6, 0.6)=½, (0.9, 0.2)=1, (0.9, 0.6)=1 → 3.5 / 4.
        Assert.Equal(0.875, BinaryMetrics.RocAuc(TiedScores, TiedLabels)!.Value, Precision);
    }

    [Fact]
    public void RocAuc_AllScoresEqual_IsOneHalf()
    {
        Assert.Equal(0.5, BinaryMetrics.RocAuc([0.3f, 0.3f, 0.3f, 0.3f], [0, 1, 0, 1])!.Value, Precision);
    }

    [Theory]
    [InlineData(new[] { 0.1f, 0.2f, 0.8f, 0.9f }, 1.0)]
    [InlineData(new[] { 0.9f, 0.8f, 0.2f, 0.1f }, 0.0)]
    public void RocAuc_PerfectAndInvertedRanking_IsOneAndZero(float[] scores, double expected)
    {
        Assert.Equal(expected, BinaryMetrics.RocAuc(scores, [0, 0, 1, 1])!.Value, Precision);
    }

    [Theory]
    [InlineData(new[] { 0, 0, 0 })]
    [InlineData(new[] { 1, 1, 1 })]
    public void RocAuc_OneClassOnly_IsNull(int[] labels)
    {
        Assert.Null(BinaryMetrics.RocAuc([0.1f, 0.5f, 0.9f], labels));
    }

    [Fact]
    public void RocAuc_RandomScoresWithTies_EqualsTrapezoidAreaUnderRocCurve()
    {
        var random = new Random(7);
        for (var trial = 0; trial < 20; trial++)
        {
            var labels = Enumerable.Range(0, 40).Select(_ => random.Next(2)).ToArray();
            labels[0] = 0;
            labels[1] = 1;
            // One decimal place makes many ties.
            var scores = labels.Select(l => (float)Math.Round((0.3 * l) + (0.7 * random.NextDouble()), 1)).ToArray();

            var curve = BinaryMetrics.RocCurve(scores, labels);
            var area = curve.Zip(curve.Skip(1), (a, b) => (b.FalsePositiveRate - a.FalsePositiveRate) * (a.TruePositiveRate + b.TruePositiveRate) / 2).Sum();

            Assert.Equal(area, BinaryMetrics.RocAuc(scores, labels)!.Value, Precision);
        }
    }

    [Fact]
    public void AveragePrecision_WorkedExample_MatchesHandComputation()
    {
        // Thresholds high to low: 0.8 → R=½, P=1; 0.4 → R=½; 0.35 → R=1, P=⅔. AP = ½·1 + ½·⅔.
        Assert.Equal(0.5 + (1.0 / 3), BinaryMetrics.AveragePrecision(ExampleScores, ExampleLabels)!.Value, Precision);
    }

    [Fact]
    public void AveragePrecision_TieBetweenClasses_IsOneStep()
    {
        // 0.9 → R=½, P=1; the tie at 0.6 enters together → R=1, P=⅔. Splitting the tie would give 1.0 or ⅚.
        Assert.Equal(0.5 + (1.0 / 3), BinaryMetrics.AveragePrecision(TiedScores, TiedLabels)!.Value, Precision);
    }

    [Theory]
    [InlineData(new[] { 0, 0, 0 })]
    [InlineData(new[] { 1, 1, 1 })]
    public void AveragePrecision_OneClassOnly_IsNull(int[] labels)
    {
        Assert.Null(BinaryMetrics.AveragePrecision([0.1f, 0.5f, 0.9f], labels));
    }

    [Fact]
    public void Confusion_WorkedExampleAtOneHalf_CountsEachCell()
    {
        var matrix = BinaryMetrics.Confusion(ExampleScores, ExampleLabels);

        Assert.Equal(new ConfusionMatrix(TrueNegatives: 2, FalsePositives: 0, FalseNegatives: 1, TruePositives: 1), matrix);
    }

    [Fact]
    public void Confusion_ScoreEqualToThreshold_IsPredictedAnomalous()
    {
        var matrix = BinaryMetrics.Confusion([0.5f, 0.5f], [1, 0], threshold: 0.5);

        Assert.Equal(new ConfusionMatrix(0, 1, 0, 1), matrix);
    }

    [Fact]
    public void Confusion_NaNThreshold_ThrowsNamingThreshold()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => BinaryMetrics.Confusion(ExampleScores, ExampleLabels, double.NaN));
        Assert.Equal("threshold", error.ParamName);
    }

    [Fact]
    public void Evaluate_WorkedExample_ReportsEveryNumber()
    {
        var report = BinaryMetrics.Evaluate(ExampleScores, ExampleLabels, threshold: 0.5);

        Assert.Equal(4, report.Count);
        Assert.Equal(0.5, report.Threshold);
        Assert.Equal(0.75, report.Accuracy, Precision);
        Assert.Equal(1.0, report.Precision, Precision);
        Assert.Equal(0.5, report.Recall, Precision);
        Assert.Equal(2.0 / 3, report.F1, Precision);
        Assert.Equal(0.75, report.RocAuc!.Value, Precision);
        Assert.Equal(0.5 + (1.0 / 3), report.AveragePrecision!.Value, Precision);
        Assert.Equal(new ConfusionMatrix(2, 0, 1, 1), report.Confusion);
    }

    [Fact]
    public void Evaluate_OneClassOnly_ReportsNullRankingMetrics()
    {
        var report = BinaryMetrics.Evaluate([0.2f, 0.7f], [0, 0]);

        Assert.Null(report.RocAuc);
        Assert.Null(report.AveragePrecision);
        Assert.Equal(0.5, report.Accuracy, Precision);
    }

    [Fact]
    public void RocCurve_WorkedExample_HasOnePointPerScorePlusOrigin()
    {
        var expected = new[]
        {
            new RocPoint(0, 0, double.PositiveInfinity),
            new RocPoint(0, 0.5, 0.8f),
            new RocPoint(0.5, 0.5, 0.4f),
            new RocPoint(0.5, 1, 0.35f),
            new RocPoint(1, 1, 0.1f),
        };

        Assert.Equal(expected, BinaryMetrics.RocCurve(ExampleScores, ExampleLabels));
    }

    [Fact]
    public void RocCurve_TieBetweenClasses_MakesOneDiagonalStep()
    {
        var expected = new[]
        {
            new RocPoint(0, 0, double.PositiveInfinity),
            new RocPoint(0, 0.5, 0.9f),
            new RocPoint(0.5, 1, 0.6f),
            new RocPoint(1, 1, 0.2f),
        };

        Assert.Equal(expected, BinaryMetrics.RocCurve(TiedScores, TiedLabels));
    }

    [Theory]
    [InlineData(new[] { 0, 0, 0 })]
    [InlineData(new[] { 1, 1, 1 })]
    public void RocCurve_OneClassOnly_ThrowsNamingLabels(int[] labels)
    {
        var error = Assert.Throws<ArgumentException>(() => BinaryMetrics.RocCurve([0.1f, 0.5f, 0.9f], labels));
        Assert.Equal("labels", error.ParamName);
    }

    [Fact]
    public void PrecisionRecallCurve_WorkedExample_StartsAtRecallZeroPrecisionOne()
    {
        var expected = new[]
        {
            new PrecisionRecallPoint(0, 1, double.PositiveInfinity),
            new PrecisionRecallPoint(0.5, 1, 0.8f),
            new PrecisionRecallPoint(0.5, 0.5, 0.4f),
            new PrecisionRecallPoint(1, 2.0 / 3, 0.35f),
            new PrecisionRecallPoint(1, 0.5, 0.1f),
        };

        Assert.Equal(expected, BinaryMetrics.PrecisionRecallCurve(ExampleScores, ExampleLabels));
    }

    [Fact]
    public void PrecisionRecallCurve_NoAnomalies_ThrowsNamingLabels()
    {
        var error = Assert.Throws<ArgumentException>(() => BinaryMetrics.PrecisionRecallCurve([0.1f, 0.5f], [0, 0]));
        Assert.Equal("labels", error.ParamName);
    }

    [Fact]
    public void BestF1Threshold_WorkedExample_PicksTheLowerAnomalyScore()
    {
        // F1 by threshold: 0.8 → ⅔, 0.4 → ½, 0.35 → ⅘, 0.1 → ⅔.
        var choice = BinaryMetrics.BestF1Threshold(ExampleScores, ExampleLabels);

        Assert.Equal(new ThresholdChoice(0.35f, 0.8, 2.0 / 3, 1.0), choice);
    }

    [Fact]
    public void BestF1Threshold_ChosenThreshold_ReproducesItsF1InConfusion()
    {
        var choice = BinaryMetrics.BestF1Threshold(ExampleScores, ExampleLabels);

        Assert.Equal(choice.F1, BinaryMetrics.Confusion(ExampleScores, ExampleLabels, choice.Threshold).F1);
    }

    [Fact]
    public void BestF1Threshold_EqualF1_PrefersHigherThreshold()
    {
        // 0.9 → tp1 fp0 fn1 → ⅔; 0.1 → tp2 fp2 fn0 → ⅔.
        var choice = BinaryMetrics.BestF1Threshold([0.9f, 0.5f, 0.4f, 0.1f], [1, 0, 0, 1]);

        Assert.Equal(0.9f, choice.Threshold);
    }

    [Fact]
    public void BestF1Threshold_NoAnomalies_ThrowsNamingLabels()
    {
        var error = Assert.Throws<ArgumentException>(() => BinaryMetrics.BestF1Threshold([0.1f, 0.5f], [0, 0]));
        Assert.Equal("labels", error.ParamName);
    }

    // Every entry point with the same degenerate inputs.
    private static readonly Dictionary<string, Action<IReadOnlyList<float>, IReadOnlyList<int>>> EntryPoints = new()
    {
        ["RocAuc"] = (s, l) => BinaryMetrics.RocAuc(s, l),
        ["AveragePrecision"] = (s, l) => BinaryMetrics.AveragePrecision(s, l),
        ["Confusion"] = (s, l) => BinaryMetrics.Confusion(s, l),
        ["Evaluate"] = (s, l) => BinaryMetrics.Evaluate(s, l),
        ["RocCurve"] = (s, l) => BinaryMetrics.RocCurve(s, l),
        ["PrecisionRecallCurve"] = (s, l) => BinaryMetrics.PrecisionRecallCurve(s, l),
        ["BestF1Threshold"] = (s, l) => BinaryMetrics.BestF1Threshold(s, l),
    };

    public static TheoryData<string> EntryPointNames => new(EntryPoints.Keys);

    [Theory]
    [MemberData(nameof(EntryPointNames))]
    public void AnyMetric_EmptyInput_ThrowsNamingScores(string method)
    {
        var error = Assert.Throws<ArgumentException>(() => EntryPoints[method]([], []));
        Assert.Equal("scores", error.ParamName);
    }

    [Theory]
    [MemberData(nameof(EntryPointNames))]
    public void AnyMetric_MismatchedLengths_ThrowsNamingLabels(string method)
    {
        var error = Assert.Throws<ArgumentException>(() => EntryPoints[method]([0.1f, 0.9f, 0.5f], [0, 1]));
        Assert.Equal("labels", error.ParamName);
        Assert.Contains("2", error.Message, StringComparison.Ordinal);
        Assert.Contains("3", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(EntryPointNames))]
    public void AnyMetric_LabelNotZeroOrOne_ThrowsNamingLabelsAndIndex(string method)
    {
        var error = Assert.Throws<ArgumentException>(() => EntryPoints[method]([0.1f, 0.9f, 0.5f], [0, 1, 2]));
        Assert.Equal("labels", error.ParamName);
        Assert.Contains("labels[2]", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(EntryPointNames))]
    public void AnyMetric_NaNScore_ThrowsNamingScores(string method)
    {
        var error = Assert.Throws<ArgumentException>(() => EntryPoints[method]([0.1f, float.NaN], [0, 1]));
        Assert.Equal("scores", error.ParamName);
    }

    [Theory]
    [MemberData(nameof(EntryPointNames))]
    public void AnyMetric_NullScores_ThrowsArgumentNull(string method)
    {
        var error = Assert.Throws<ArgumentNullException>(() => EntryPoints[method](null!, [0, 1]));
        Assert.Equal("scores", error.ParamName);
    }
}
