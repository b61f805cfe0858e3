using AttnTutorial.Data;
using AttnTutorial.Evaluation;
using AttnTutorial.Models.Rules;

namespace AttnTutorial.Tests.Models.Rules;

public class FirstDifferenceRuleTests
{
    private static SeriesSample Series(params float[] values) => new([values], 0, new bool[values.Length], AnomalyKind.None, -1, -1, []);

    [Fact]
    public void PointScores_HeldValues_ScoreTheirRunLengthOverT()
    {
        // Steps 2..5 hold 3: a run of 4 values out of 8.
        var scores = new FirstDifferenceRule().PointScores(Series(1, 2, 3, 3, 3, 3, 4, 5));
        Assert.Equal([0f, 0f, 0.5f, 0.5f, 0.5f, 0.5f, 0f, 0f], scores);
        Assert.Equal(0.5f, new FirstDifferenceRule().Score(Series(1, 2, 3, 3, 3, 3, 4, 5)));
    }

    [Fact]
    public void Score_Tolerance_CountsSmallChangesAsUnchanged()
    {
        var series = Series(0, 10, 10.001f, 10.002f, 5);
        Assert.Equal(0f, new FirstDifferenceRule(tolerance: 0).Score(series));
        Assert.Equal(0.6f, new FirstDifferenceRule(tolerance: 1e-3).Score(series));
    }

    [Fact]
    public void ScoreAll_SeedTask_SeparatesFlatSegments()
    {
        var samples = SyntheticSeriesGenerator.Generate(SyntheticSeriesOptions.Seed with { Count = 60, Length = 200 });
        var auc = BinaryMetrics.RocAuc(new FirstDifferenceRule().ScoreAll(samples), samples.Select(s => s.Label).ToArray());
        Assert.True(auc > 0.99, $"AUC {auc}");
    }

    [Fact]
    public void Constructor_NegativeTolerance_ErrorNamesIt()
    {
        var error = Assert.Throws<InvalidOptionException>(() => new FirstDifferenceRule(-1));
        Assert.Equal("tolerance", error.Option);
    }
}
