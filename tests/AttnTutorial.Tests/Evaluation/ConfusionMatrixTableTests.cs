using AttnTutorial.Evaluation;

namespace AttnTutorial.Tests.Evaluation;

public class ConfusionMatrixTableTests
{
    private static readonly ConfusionMatrix Matrix = new(TrueNegatives: 45, FalsePositives: 5, FalseNegatives: 2, TruePositives: 8);

    [Fact]
    public void ToHtml_Counts_RowsActualColumnsPredictedWithShares()
    {
        var html = new ConfusionMatrixTable(Matrix).ToHtml();

        Assert.Contains("<th>normal</th><th>anomaly</th>", html, StringComparison.Ordinal);
        Assert.Contains("<tr><th>normal</th><td style=\"text-align:right\">45 (75.0%)</td><td style=\"text-align:right\">5 (8.3%)</td></tr>", html, StringComparison.Ordinal);
        Assert.Contains("<tr><th>anomaly</th><td style=\"text-align:right\">2 (3.3%)</td><td style=\"text-align:right\">8 (13.3%)</td></tr>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void ToString_Counts_IsAlignedText()
    {
        var expected = string.Join('\n',
            "actual \\ predicted      normal    anomaly",
            "normal              45 (75.0%)   5 (8.3%)",
            "anomaly               2 (3.3%)  8 (13.3%)");

        Assert.Equal(expected, new ConfusionMatrixTable(Matrix).ToString());
    }

    [Fact]
    public void ToString_EmptyMatrix_ShowsZeroShares()
    {
        Assert.Contains("0 (0.0%)", new ConfusionMatrixTable(new ConfusionMatrix(0, 0, 0, 0)).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_Null_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => new ConfusionMatrixTable(null!));
    }
}
