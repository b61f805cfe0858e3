using AttnTutorial.RealData;
using AttnTutorial.Tests.RealData;
using AttnTutorial.Unsupervised;

namespace AttnTutorial.Tests.Unsupervised;

[Collection(TorchTests.Collection)]
public class InjectionEnsembleDetectorTests
{
    [Fact]
    public void FitAndScore_CausalScoresPerStep_SameSeedSameScores()
    {
        var train = TinyRecipe.Wave(400, channels: 1);
        var series = TinyRecipe.Wave(200, channels: 1);
        using var detector = new InjectionEnsembleDetector(TinyRecipe.Value, members: 2, validationBlock: 40);
        detector.Fit(train, seed: 3);
        Assert.Equal([3, 1003], detector.Ensemble!.Seeds);
        var scores = detector.Score(series);
        Assert.Equal(series.Length, scores.Length);
        // Causal: the first full window ends at step 15, earlier steps take the lowest score.
        Assert.All(scores[..15], s => Assert.Equal(scores[15..].Min(), s));
        // A step's score does not depend on later steps. Steps 0–14 are left out: by the contract they take the lowest score
        // of the whole series, which the changed future may move (these tiny models score nearly every step alike, so
        // the lowest can lie anywhere).
        var later = series with { Channels = [series.Channels[0].Select((v, t) => t >= 150 ? 3f : v).ToArray()] };
        Assert.Equal(scores[15..150], detector.Score(later)[15..150]);

        using var again = new InjectionEnsembleDetector(TinyRecipe.Value, members: 2, validationBlock: 40);
        again.Fit(train, seed: 3);
        Assert.Equal(scores, again.Score(series));
    }

    [Fact]
    public void BadInput_ClearErrors()
    {
        Assert.Equal("members", Assert.Throws<InvalidOptionException>(() => new InjectionEnsembleDetector(TinyRecipe.Value, members: 0)).Option);
        Assert.Equal("validationBlock", Assert.Throws<InvalidOptionException>(() => new InjectionEnsembleDetector(TinyRecipe.Value, validationBlock: 8)).Option);
        using var detector = new InjectionEnsembleDetector(TinyRecipe.Value, validationBlock: 100);
        Assert.Contains("call Fit", Assert.Throws<InvalidOperationException>(() => detector.Score(TinyRecipe.Wave(100, 1))).Message);
        Assert.Contains("not more than two blocks", Assert.Throws<ArgumentException>(() => detector.Fit(TinyRecipe.Wave(150, 1), 1)).Message);
    }
}
