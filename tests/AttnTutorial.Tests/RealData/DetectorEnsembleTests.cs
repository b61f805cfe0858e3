using AttnTutorial.RealData;
using AttnTutorial.Training;

namespace AttnTutorial.Tests.RealData;

[Collection(TorchTests.Collection)]
public class DetectorEnsembleTests
{
    private static readonly RealDataRecipe Tiny = TinyRecipe.Value;

    private static TimeSeries Wave(int length) => TinyRecipe.Wave(length, channels: 1);

    [Fact]
    public void Score_IsTheMembersAverage_AndMembersDifferBySeed()
    {
        var series = Wave(240);
        var (training, validation) = series.InterleavedSplit(blockLength: 40, validationEvery: 3);
        var reports = new List<int>();
        using var ensemble = DetectorEnsemble.Train(training, validation, Tiny, seeds: [3, 4],
            progress: new CallbackProgress<(int Member, TrainingProgress Progress)>(p => reports.Add(p.Member)));

        Assert.Equal([3, 4], ensemble.Seeds);
        Assert.Equal(3, ensemble.Members[0].Recipe.Training.RandomSeed);
        Assert.Equal(4, ensemble.Members[1].Recipe.Injection.RandomSeed);
        Assert.Equal([0, 1], reports.Distinct().ToArray());
        var each = ensemble.ScoreEach(series);
        var mean = ensemble.Score(series);
        Assert.NotEqual(each[0].Scores, each[1].Scores);
        for (int t = 0; t < series.Length; t += 17)
        {
            Assert.Equal((each[0].Scores[t] + each[1].Scores[t]) / 2, mean.Scores[t], 5);
            Assert.Equal((each[0].Attention[t] + each[1].Attention[t]) / 2, mean.Attention[t], 5);
        }
        Assert.Single(ensemble.ExplainChannels(series, new StepRange(100, 120)));
    }

    [Fact]
    public void Train_RepeatedSeeds_NameTheOption()
    {
        var series = Wave(120);
        Assert.Equal("seeds", Assert.Throws<InvalidOptionException>(() => DetectorEnsemble.Train(series.Slice(0, 80), series.Slice(80, 120), Tiny, seeds: [1, 1])).Option);
        Assert.Equal("seeds", Assert.Throws<InvalidOptionException>(() => DetectorEnsemble.Train(series.Slice(0, 80), series.Slice(80, 120), Tiny, seeds: [])).Option);
    }

    [Fact]
    public void Average_ScoresOfDifferentSeries_Refused()
    {
        var a = StreamingScorer.Map(seriesLength: 12, windowLength: 8, [0, 4], [0.2f, 0.4f], null);
        var b = StreamingScorer.Map(seriesLength: 12, windowLength: 8, [0, 2, 4], [0.1f, 0.1f, 0.1f], null);
        Assert.Contains("member 1", Assert.Throws<ArgumentException>(() => DetectorEnsemble.Average([a, b])).Message);
        var higher = StreamingScorer.Map(seriesLength: 12, windowLength: 8, [0, 4], [0.4f, 0.6f], null);
        var mean = DetectorEnsemble.Average([a, higher]);
        Assert.Equal(0.3f, mean.Scores[0], 5);          // step 0: only window 0 → (0.2 + 0.4) / 2
        Assert.Equal(0.4f, mean.Scores[5], 5);          // step 5: both windows → ((0.2+0.4)/2 + (0.4+0.6)/2) / 2
        Assert.Equal([0.3f, 0.5f], mean.WindowScores);
    }
}
