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
    public void TrainOnLabels_UsesTheSeriesLabels_AndScoresEveryStep()
    {
        // Labelled steps 40..79 of 200: with windows of 16 every 8, some windows are anomalous, most are not.
        var training = Wave(200).WithLabels(Enumerable.Range(0, 200).Select(t => t is >= 40 and < 80).ToArray());
        var validation = Wave(120).WithLabels(Enumerable.Range(0, 120).Select(t => t is >= 20 and < 50).ToArray());
        using var detector = WindowDetector.TrainOnLabels([training], [validation], Tiny);
        Assert.Single(detector.History.Epochs);
        Assert.NotNull(detector.History.Epochs[0].ValidationAuc);

        var scores = detector.Score(Wave(150));
        Assert.Equal(150, scores.Length);
        Assert.All(scores.Scores, s => Assert.InRange(s, 0f, 1f));
    }

    [Fact]
    public void TrainOnLabels_SameSeed_SameScores()
    {
        var training = Wave(200).WithLabels(Enumerable.Range(0, 200).Select(t => t % 50 < 12).ToArray());
        var validation = Wave(120).WithLabels(Enumerable.Range(0, 120).Select(t => t % 40 < 12).ToArray());
        using var a = WindowDetector.TrainOnLabels([training], [validation], Tiny);
        using var b = WindowDetector.TrainOnLabels([training], [validation], Tiny);
        Assert.Equal(a.Score(Wave(100)).Scores, b.Score(Wave(100)).Scores);
    }

    [Fact]
    public void TrainOnLabels_OneClassOrMismatchedChannels_ThrowsNamingTheProblem()
    {
        var unlabelled = Wave(200);
        var oneClass = Assert.Throws<ArgumentException>(() => WindowDetector.TrainOnLabels([unlabelled], [unlabelled], Tiny));
        Assert.Contains("0 of 24 training windows are anomalous", oneClass.Message);

        var labelled = Wave(200).WithLabels(Enumerable.Range(0, 200).Select(t => t < 30).ToArray());
        var mismatch = Assert.Throws<ArgumentException>(() => WindowDetector.TrainOnLabels([labelled], [TinyRecipe.Wave(100, channels: 1)], Tiny));
        Assert.Contains("1 channels but", mismatch.Message);
    }

    // Both multi-part overloads share one set of checks; each is run through both, so a check dropped from either fails here.
    public static TheoryData<string> Overloads => new() { nameof(WindowDetector.Train), nameof(WindowDetector.TrainOnLabels) };

    private static void Train(string overload, IReadOnlyList<TimeSeries> training, IReadOnlyList<TimeSeries> validation, RealDataRecipe recipe)
    {
        using var detector = overload == nameof(WindowDetector.Train)
            ? WindowDetector.Train(training, validation, recipe)
            : WindowDetector.TrainOnLabels(training, validation, recipe);
    }

    [Theory]
    [MemberData(nameof(Overloads))]
    public void TrainParts_BadArguments_ThrowBeforeTrainingNamingTheProblem(string overload)
    {
        var part = Wave(200).WithLabels(Enumerable.Range(0, 200).Select(t => t < 30).ToArray());

        Assert.Equal("training", Assert.Throws<ArgumentNullException>(() => Train(overload, null!, [part], Tiny)).ParamName);
        Assert.Equal("validation", Assert.Throws<ArgumentNullException>(() => Train(overload, [part], null!, Tiny)).ParamName);
        Assert.Equal("recipe", Assert.Throws<ArgumentNullException>(() => Train(overload, [part], [part], null!)).ParamName);
        Assert.Equal("ScoreStride", Assert.Throws<InvalidOptionException>(() => Train(overload, [part], [part], Tiny with { ScoreStride = 0 })).Option);

        var noTraining = Assert.Throws<ArgumentException>(() => Train(overload, [], [part], Tiny));
        Assert.Equal("training", noTraining.ParamName);
        Assert.Contains("No training parts", noTraining.Message);
        var noValidation = Assert.Throws<ArgumentException>(() => Train(overload, [part], [], Tiny));
        Assert.Equal("validation", noValidation.ParamName);
        Assert.Contains("No validation parts", noValidation.Message);

        var nullPart = Assert.Throws<ArgumentNullException>(() => Train(overload, [part], [part, null!], Tiny));
        Assert.Equal("validation", nullPart.ParamName);
        Assert.Contains("validation part 1 is null", nullPart.Message);

        var mismatch = Assert.Throws<ArgumentException>(() => Train(overload, [part], [TinyRecipe.Wave(100, channels: 1)], Tiny));
        Assert.Contains("1 channels but", mismatch.Message);
        Assert.Contains("has 2.", mismatch.Message);
    }

    [Fact]
    public void Presets_Validate_AndQuickIsCheaper()
    {
        foreach (var recipe in new[] { RealDataRecipe.NycTaxi, RealDataRecipe.Smd, RealDataRecipe.SensorNetwork })
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
