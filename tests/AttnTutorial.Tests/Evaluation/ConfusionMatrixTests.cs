using AttnTutorial.Evaluation;

namespace AttnTutorial.Tests.Evaluation;

public class ConfusionMatrixTests
{
    private const int Precision = 12;

    [Fact]
    public void Ratios_TypicalCounts_MatchHandComputation()
    {
        // 50 normal (45 right, 5 false alarms), 10 anomalies (8 caught, 2 missed).
        var matrix = new ConfusionMatrix(TrueNegatives: 45, FalsePositives: 5, FalseNegatives: 2, TruePositives: 8);

        Assert.Equal(60, matrix.Total);
        Assert.Equal(53.0 / 60, matrix.Accuracy, Precision);
        Assert.Equal(8.0 / 13, matrix.Precision, Precision);
        Assert.Equal(0.8, matrix.Recall, Precision);
        Assert.Equal(2 * (8.0 / 13) * 0.8 / ((8.0 / 13) + 0.8), matrix.F1, Precision);
        Assert.Equal(0.1, matrix.FalsePositiveRate, Precision);
        Assert.Equal(0.9, matrix.Specificity, Precision);
    }

    [Fact]
    public void Ratios_NothingPredictedAnomalous_AreZeroNotNaN()
    {
        var matrix = new ConfusionMatrix(TrueNegatives: 5, FalsePositives: 0, FalseNegatives: 3, TruePositives: 0);

        Assert.Equal(0, matrix.Precision);
        Assert.Equal(0, matrix.Recall);
        Assert.Equal(0, matrix.F1);
        Assert.Equal(5.0 / 8, matrix.Accuracy, Precision);
    }

    [Fact]
    public void Ratios_EmptyMatrix_AreZero()
    {
        var matrix = new ConfusionMatrix(0, 0, 0, 0);

        Assert.Equal(0, matrix.Accuracy);
        Assert.Equal(0, matrix.FalsePositiveRate);
        Assert.Equal(0, matrix.Specificity);
    }

    [Fact]
    public void ToArray_Counts_RowsActualColumnsPredicted()
    {
        var counts = new ConfusionMatrix(TrueNegatives: 1, FalsePositives: 2, FalseNegatives: 3, TruePositives: 4).ToArray();

        Assert.Equal(new[,] { { 1, 2 }, { 3, 4 } }, counts);
    }

    [Theory]
    [InlineData(-1, 0, 0, 0, "TrueNegatives")]
    [InlineData(0, -1, 0, 0, "FalsePositives")]
    [InlineData(0, 0, -1, 0, "FalseNegatives")]
    [InlineData(0, 0, 0, -1, "TruePositives")]
    public void Constructor_NegativeCount_ThrowsNamingTheCount(int tn, int fp, int fn, int tp, string name)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new ConfusionMatrix(tn, fp, fn, tp));
        Assert.Equal(name, error.ParamName);
    }

    [Fact]
    public void ToHtml_Counts_IsTheConfusionTable()
    {
        var matrix = new ConfusionMatrix(1, 2, 3, 4);

        Assert.Equal(new ConfusionMatrixTable(matrix).ToHtml(), matrix.ToHtml());
    }
}
