using AttnTutorial.Evaluation;

namespace AttnTutorial.Tests.Evaluation;

public class SeedTableTests
{
    private static SeedSummary Of(params double[] values) => new(Enumerable.Range(1, values.Length).ToArray(), values);

    [Fact]
    public void ByName_SplitsRowAndColumn_AndFormatsMeanAndSd()
    {
        var table = SeedTable.ByName(new Dictionary<string, SeedSummary>
        {
            ["CNN · ROC-AUC"] = Of(0.99, 1.0, 1.01),
            ["FFN · ROC-AUC"] = Of(0.9, 0.95, 1.0),
            ["FFN · F1"] = Of(0.8, 0.8, 0.8),
        });
        Assert.Equal(["CNN", "FFN"], table.Rows);
        Assert.Equal(["ROC-AUC", "F1"], table.Columns);
        Assert.Equal(0.05, table["FFN", "ROC-AUC"].StandardDeviation, 12);
        var text = table.ToString();
        Assert.Contains("1.000 ± 0.010", text);
        Assert.Contains("0.950 ± 0.050", text);
        Assert.Contains("model (3 seeds)", text);
        Assert.Contains("<td style=\"text-align:right\">0.800 &#177; 0.000</td>", table.ToHtml());   // HtmlEncode writes ± as an entity
        Assert.Throws<KeyNotFoundException>(() => table["CNN", "F1"]);
    }

    [Fact]
    public void Verdicts_GapAgainstTwoSd_AheadOrTie()
    {
        var table = new SeedTable([
            ("a", "auc", Of(0.89, 0.90, 0.91)),   // sd 0.01
            ("b", "auc", Of(0.84, 0.85, 0.86)),   // gap 0.05 > 0.02
            ("c", "auc", Of(0.88, 0.89, 0.90)),   // gap to a 0.01 ≤ 0.02
        ]);
        var verdicts = table.Verdicts("auc");
        Assert.Equal(3, verdicts.Count);
        Assert.Equal("auc: a ties with c (0.900 vs 0.890, gap 0.010 ≤ 2 sd = 0.020)", verdicts[0]);
        Assert.Equal("auc: a ahead of b (0.900 vs 0.850, gap 0.050 > 2 sd = 0.020)", verdicts[1]);
        Assert.Equal("auc: c ahead of b (0.890 vs 0.850, gap 0.040 > 2 sd = 0.020)", verdicts[2]);
    }

    [Fact]
    public void Constructor_DuplicateCellOrBadName_Throws()
    {
        Assert.Throws<ArgumentException>(() => new SeedTable([("a", "x", Of(1)), ("a", "x", Of(2))]));
        Assert.Throws<ArgumentException>(() => SeedTable.ByName(new Dictionary<string, SeedSummary> { ["no separator"] = Of(1) }));
    }
}
