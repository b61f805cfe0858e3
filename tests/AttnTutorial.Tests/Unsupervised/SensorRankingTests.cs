using AttnTutorial.RealData;
using AttnTutorial.Unsupervised;

namespace AttnTutorial.Tests.Unsupervised;

public class SensorRankingTests
{
    private static readonly float[][] Scores =
    [
        [9f, 1f, 1f, 9f],
        [0f, 3f, 5f, 0f],
        [0f, 4f, 4f, 0f],
        [0f, 0f, 1f, 0f],
    ];

    [Fact]
    public void MeanOver_OnlyTheRange()
    {
        Assert.Equal([1f, 4f, 4f, 0.5f], SensorRanking.MeanOver(Scores, new StepRange(1, 3)));
    }

    [Fact]
    public void Rank_MostDeviatingFirst_TiesToLowerIndex()
    {
        Assert.Equal([1, 2, 0, 3], SensorRanking.Rank(Scores, new StepRange(1, 3)));
        Assert.Equal([0, 1, 2, 3], SensorRanking.Rank(Scores, new StepRange(0, 4)));
    }

    [Fact]
    public void MeanOver_RangeOutside_ErrorNamesTheRange()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => SensorRanking.MeanOver(Scores, new StepRange(2, 5)));
        Assert.Contains("[2, 5)", error.Message, StringComparison.Ordinal);
    }
}
