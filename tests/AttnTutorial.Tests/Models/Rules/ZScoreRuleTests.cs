using AttnTutorial.Data;
using AttnTutorial.Evaluation;
using AttnTutorial.Models.Rules;

namespace AttnTutorial.Tests.Models.Rules;

public class ZScoreRuleTests
{
    private static SeriesSample Series(params float[][] channels) => new(channels, 0, new bool[channels[0].Length], AnomalyKind.None, -1, -1, []);

    [Fact]
    public void PointScores_HandComputed()
    {
        // Values 0, 0, 0, 4: mean 1, std √3, so |z| = 1/√3, 1/√3, 1/√3, 3/√3.
        var scores = new ZScoreRule().PointScores(Series([0f, 0f, 0f, 4f]));
        Assert.Equal(1 / Math.Sqrt(3), scores[0], 5);
        Assert.Equal(3 / Math.Sqrt(3), scores[3], 5);
        Assert.Equal(3 / Math.Sqrt(3), new ZScoreRule().Score(Series([0f, 0f, 0f, 4f])), 5);
    }

    [Fact]
    public void PointScores_SeveralChannels_TakesTheLargestAndSkipsConstantOnes()
    {
        var scores = new ZScoreRule().PointScores(Series([5f, 5f, 5f, 5f], [0f, 0f, 0f, 4f]));
        Assert.Equal(3 / Math.Sqrt(3), scores[3], 5);
    }

    [Fact]
    public void OnDifferences_ScoresAJumpAtItsStep()
    {
        var rule = new ZScoreRule(onDifferences: true);
        var scores = rule.PointScores(Series([1f, 1f, 1f, 9f, 9f, 9f]));
        Assert.Equal(3, Array.IndexOf(scores, scores.Max()));
        Assert.Equal("z-score of differences", rule.Name);
    }

    [Fact]
    public void ScoreAll_SpikesVersusNormal_SeparatesThem()
    {
        var samples = SyntheticSeriesGenerator.Generate(SyntheticSeriesOptions.Seed with { Count = 60, Length = 100, Kinds = [AnomalyKind.Spike] });
        var auc = BinaryMetrics.RocAuc(new ZScoreRule().ScoreAll(samples), samples.Select(s => s.Label).ToArray());
        Assert.True(auc > 0.95, $"AUC {auc}");
    }
}
