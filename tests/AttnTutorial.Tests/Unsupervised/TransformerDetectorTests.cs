using AttnTutorial.Evaluation;
using AttnTutorial.Models;
using AttnTutorial.Unsupervised;

namespace AttnTutorial.Tests.Unsupervised;

[Collection(TorchTests.Collection)]
public class TransformerDetectorTests
{
    // Windows of 24 steps (longer than the sine's period of 20), a few epochs: seconds on one thread.
    internal static TransformerDetectorOptions Tiny(TransformerDetectorOptions preset, int epochs = 4) => preset with
    {
        Model = preset.Model with { ModelSize = 16, FeedForwardSize = 32 },
        Windows = preset.Windows with
        {
            WindowLength = 24,
            TrainStride = 2,
            Training = preset.Windows.Training with { Epochs = epochs, Patience = epochs, LearningRate = 3e-3, BatchSize = 32 },
        },
    };

    internal static readonly int[] Spikes = [150, 260, 330];
    internal static readonly int[] Flats = [200, 300];

    [Fact]
    public void Forecast_TrainedOnCleanSine_RanksInjectedAnomaliesFirst()
    {
        using var detector = new TransformerDetector(Tiny(TransformerDetectorOptions.Forecast));
        detector.Fit(SineSeries.Clean(800), seed: 1);
        var test = SineSeries.WithAnomalies(400, Spikes, Flats);
        var scores = detector.Score(test);
        Assert.Equal(400, scores.Length);
        double auc = BinaryMetrics.RocAuc(scores, test.LabelArray)!.Value;
        Assert.True(auc > 0.9, $"ROC-AUC {auc:F3}");
        var history = detector.History!;
        Assert.True(history.Epochs[^1].TrainLoss < history.Epochs[0].TrainLoss, string.Join(", ", history.Epochs.Select(e => e.TrainLoss)));
    }

    [Fact]
    public void Reconstruction_TrainingLossFallsAndScoresEveryStep()
    {
        using var detector = new TransformerDetector(Tiny(TransformerDetectorOptions.Reconstruction));
        detector.Fit(SineSeries.Clean(800), seed: 1);
        var history = detector.History!;
        Assert.True(history.Epochs[^1].TrainLoss < history.Epochs[0].TrainLoss, string.Join(", ", history.Epochs.Select(e => e.TrainLoss)));
        var errors = detector.Errors(SineSeries.WithAnomalies(400, Spikes, Flats));
        Assert.Equal(23, errors.FirstScoredStep);
        Assert.All(errors.Scores, s => Assert.True(float.IsFinite(s) && s >= 0));
    }

    [Fact]
    public void Errors_PerChannel_AverageToTheScoreAndBlameTheSpikedChannel()
    {
        using var detector = new TransformerDetector(Tiny(TransformerDetectorOptions.Forecast));
        detector.Fit(SineSeries.Clean(800), seed: 1);
        var errors = detector.Errors(SineSeries.WithAnomalies(400, Spikes, Flats));
        Assert.Equal(2, errors.ChannelErrors.Length);
        Assert.Equal(24, errors.FirstScoredStep);
        for (int t = errors.FirstScoredStep; t < 400; t += 17)
            Assert.Equal((errors.ChannelErrors[0][t] + errors.ChannelErrors[1][t]) / 2, errors.Scores[t], 4);
        // The spike at 150 is in channel 0 only.
        var shares = errors.ChannelShares(150, 151);
        Assert.True(shares[0] > 0.8f, $"channel 0 share {shares[0]:F3}");
        // Steps before the first window hold the lowest score given elsewhere.
        float lowest = errors.Scores[errors.FirstScoredStep..].Min();
        Assert.All(errors.Scores[..errors.FirstScoredStep], s => Assert.Equal(lowest, s));
    }

    [Fact]
    public void Fit_SameSeed_SameScores()
    {
        var options = Tiny(TransformerDetectorOptions.Forecast, epochs: 1);
        var train = SineSeries.Clean(300);
        var test = SineSeries.WithAnomalies(400, Spikes, Flats);
        float[] Run(int seed)
        {
            using var detector = new TransformerDetector(options);
            detector.Fit(train, seed);
            return detector.Score(test);
        }
        Assert.Equal(Run(7), Run(7));
        Assert.NotEqual(Run(7), Run(8));
    }

    [Fact]
    public void AttentionAt_IsTheCausalMapOfTheForecastWindow()
    {
        var options = Tiny(TransformerDetectorOptions.Forecast, epochs: 1);
        using var detector = new TransformerDetector(options);
        var test = SineSeries.WithAnomalies(400, Spikes, Flats);
        detector.Fit(SineSeries.Clean(300), seed: 1);
        var maps = detector.AttentionAt(test, 150);
        Assert.Equal(150, maps.Step);
        Assert.Equal(150 - 24, maps.WindowStart); // the 24 steps before the forecast step
        Assert.Equal(24, maps.Length);
        Assert.Equal(options.Model.Layers, maps.Weights.Length);
        Assert.Equal(options.Model.Heads, maps.Weights[0].Length);
        foreach (var row in maps.Weights.SelectMany(layer => layer).SelectMany(head => head.Select((r, i) => (r, i))))
        {
            Assert.Equal(1f, row.r.Sum(), 4);
            Assert.All(row.r[(row.i + 1)..], w => Assert.Equal(0f, w));
        }
        Assert.Equal(1f, maps.LastRow(0).Sum(), 4);
        Assert.Throws<ArgumentOutOfRangeException>(() => detector.AttentionAt(test, 23));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Score_IsCausal_LaterStepsDoNotMoveEarlierScores(bool reconstruction)
    {
        var preset = reconstruction ? TransformerDetectorOptions.Reconstruction : TransformerDetectorOptions.Forecast;
        var options = Tiny(preset, epochs: 1);
        using var detector = new TransformerDetector(options);
        detector.Fit(SineSeries.Clean(300), seed: 1);
        var test = SineSeries.Clean(200, seed: 3);
        var changed = SineSeries.Clean(200, seed: 3);
        for (int t = 120; t < 200; t++) changed.Channels[1][t] += 3f;
        var before = detector.Errors(test);
        var after = detector.Errors(changed);
        // From the first full window on (earlier steps hold the lowest score given anywhere, by the contract).
        int first = before.FirstScoredStep;
        Assert.Equal(before.Scores[first..120], after.Scores[first..120]);
        Assert.NotEqual(before.Scores[120], after.Scores[120]);
    }

    [Fact]
    public void Score_BeforeFit_Throws()
    {
        using var detector = new TransformerDetector(TransformerDetectorOptions.Forecast);
        Assert.Throws<InvalidOperationException>(() => detector.Score(SineSeries.Clean(100)));
    }

    [Fact]
    public void Score_WrongChannelCount_MessageNamesFileAndCounts()
    {
        var options = Tiny(TransformerDetectorOptions.Forecast, epochs: 1);
        using var detector = new TransformerDetector(options);
        detector.Fit(SineSeries.Clean(300, channels: 2, file: "train.csv"), seed: 1);
        var message = Assert.Throws<ArgumentException>(() => detector.Score(SineSeries.Clean(100, channels: 3, file: "wide.csv"))).Message;
        Assert.Contains("wide.csv has 3 channels", message);
        Assert.Contains("fitted on 2", message);
    }

    [Fact]
    public void Fit_TooShort_MessageNamesFile()
    {
        using var detector = new TransformerDetector(TransformerDetectorOptions.Forecast);
        Assert.Contains("short.csv", Assert.Throws<ArgumentException>(() => detector.Fit(SineSeries.Clean(100, file: "short.csv"), 1)).Message);
    }

    [Fact]
    public void Options_BadValues_ErrorNamesOption()
    {
        Assert.Equal("TrainStride", Assert.Throws<InvalidOptionException>(() => new TransformerDetector(TransformerDetectorOptions.Forecast with { Windows = DetectorWindowOptions.Default with { TrainStride = 100 } })).Option);
        Assert.Equal("ValidationEvery", Assert.Throws<InvalidOptionException>(() => new TransformerDetector(TransformerDetectorOptions.Forecast with { Windows = DetectorWindowOptions.Default with { ValidationEvery = 1 } })).Option);
        Assert.Equal("Heads", Assert.Throws<InvalidOptionException>(() => new TransformerDetector(TransformerDetectorOptions.Forecast with { Model = new TransformerForecasterOptions { Heads = 3 } })).Option);
    }
}
