using AttnTutorial.RealData;

namespace AttnTutorial.Tests.RealData;

[Collection(TorchTests.Collection)]
public class WindowDetectorTests
{
    private static readonly RealDataRecipe Tiny = TinyRecipe.Value;

    private static TimeSeries Wave(int length) => TinyRecipe.Wave(length);

    [Fact]
    public void Train_ThenScore_GivesOneScoreAndAttentionPerStep()
    {
        var series = Wave(200);
        using var detector = WindowDetector.Train(series.Slice(0, 120), series.Slice(120, 160), Tiny);
        Assert.Single(detector.History.Epochs);
        Assert.Equal(Tiny.ModelOptions(2).InputSize, detector.Model.Options.InputSize);

        var scores = detector.Score(series);
        Assert.Equal(200, scores.Length);
        Assert.All(scores.Scores, s => Assert.InRange(s, 0f, 1f));
        Assert.All(scores.Coverage, c => Assert.InRange(c, 1, 4));
        // Every window's attention sums to 1 and every step is covered, so per-step attention is positive.
        Assert.All(scores.Attention, a => Assert.True(a > 0));
        Assert.Equal(2, detector.ExplainChannels(series, new StepRange(50, 60)).Length);
    }

    [Fact]
    public void Presets_Validate_AndQuickIsCheaper()
    {
        foreach (var recipe in new[] { RealDataRecipe.NycTaxi, RealDataRecipe.Smd })
        {
            recipe.Validate();
            var quick = recipe.Quick().Validate();
            Assert.True(quick.Windows.Stride > recipe.Windows.Stride);
            Assert.Equal(2, quick.Training.Epochs);
        }
        var bad = RealDataRecipe.Smd with { ScoreStride = 0 };
        Assert.Equal("ScoreStride", Assert.Throws<InvalidOptionException>(() => bad.Validate()).Option);
    }
}
