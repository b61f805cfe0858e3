using AttnTutorial.Evaluation;
using AttnTutorial.Unsupervised;

namespace AttnTutorial.Tests.Unsupervised;

[Collection(TorchTests.Collection)]
public class AnomalyTransformerDetectorTests
{
    private static AnomalyTransformerDetectorOptions Tiny(int epochs = 4) => AnomalyTransformerDetectorOptions.Default with
    {
        Model = AnomalyTransformerDetectorOptions.Default.Model with { ModelSize = 16, FeedForwardSize = 32 },
        Windows = AnomalyTransformerDetectorOptions.Default.Windows with
        {
            WindowLength = 24,
            TrainStride = 2,
            Training = AnomalyTransformerDetectorOptions.Default.Windows.Training with { Epochs = epochs, Patience = epochs, LearningRate = 3e-3, BatchSize = 32 },
        },
    };

    // Spikes only: flat runs inside the normal range rank at chance for this detector (see its remarks); the forecaster's test has both.
    [Fact]
    public void TrainedOnCleanSine_RanksInjectedSpikesFirst()
    {
        using var detector = new AnomalyTransformerDetector(Tiny());
        detector.Fit(SineSeries.Clean(800), seed: 1);
        var test = SineSeries.WithAnomalies(400, TransformerDetectorTests.Spikes, flats: []);
        var details = detector.Details(test);
        double auc = BinaryMetrics.RocAuc(details.Scores, test.LabelArray)!.Value;
        Assert.True(auc > 0.9, $"ROC-AUC {auc:F3}");
        Assert.Equal(details.Scores, detector.Score(test));
        Assert.Equal(23, details.FirstScoredStep);
        Assert.All(details.Discrepancy, d => Assert.True(d >= 0 && float.IsFinite(d)));
    }

    [Fact]
    public void Fit_ReconstructionLossFalls()
    {
        using var detector = new AnomalyTransformerDetector(Tiny());
        detector.Fit(SineSeries.Clean(800), seed: 1);
        var history = detector.History!;
        Assert.True(history.Epochs[^1].TrainLoss < history.Epochs[0].TrainLoss, string.Join(", ", history.Epochs.Select(e => e.TrainLoss)));
    }

    [Fact]
    public void Fit_SameSeed_SameScores()
    {
        var train = SineSeries.Clean(300);
        var test = SineSeries.WithAnomalies(400, TransformerDetectorTests.Spikes, TransformerDetectorTests.Flats);
        float[] Run(int seed)
        {
            using var detector = new AnomalyTransformerDetector(Tiny(epochs: 1));
            detector.Fit(train, seed);
            return detector.Score(test);
        }
        Assert.Equal(Run(7), Run(7));
        Assert.NotEqual(Run(7), Run(8));
    }

    [Fact]
    public void AssociationsAt_AreDistributionsOverTheWindowEndingAtTheStep()
    {
        using var detector = new AnomalyTransformerDetector(Tiny(epochs: 1));
        var test = SineSeries.WithAnomalies(400, TransformerDetectorTests.Spikes, TransformerDetectorTests.Flats);
        detector.Fit(SineSeries.Clean(300), seed: 1);
        var (series, prior) = detector.AssociationsAt(test, 150);
        Assert.Equal(150 - 23, series.WindowStart);
        Assert.Equal(24, prior.Length);
        Assert.Equal(2, series.Weights.Length);
        Assert.All(series.Weights.Concat(prior.Weights).SelectMany(layer => layer).SelectMany(head => head), row => Assert.Equal(1f, row.Sum(), 4));
        // The prior is a Gaussian around each step: its row peaks on the diagonal.
        var lastRow = prior.LastRow(0);
        Assert.Equal(23, Array.IndexOf(lastRow, lastRow.Max()));
        Assert.Throws<ArgumentOutOfRangeException>(() => detector.AssociationsAt(test, 22));
    }

    [Fact]
    public void Score_IsCausal_LaterStepsDoNotMoveEarlierScores()
    {
        using var detector = new AnomalyTransformerDetector(Tiny(epochs: 1));
        detector.Fit(SineSeries.Clean(300), seed: 1);
        var test = SineSeries.Clean(200, seed: 3);
        var changed = SineSeries.Clean(200, seed: 3);
        for (int t = 120; t < 200; t++) changed.Channels[1][t] += 3f;
        var before = detector.Details(test);
        var after = detector.Details(changed);
        // From the first full window on (earlier steps hold the lowest value given anywhere, by the contract).
        int first = before.FirstScoredStep;
        Assert.Equal(before.Scores[first..120], after.Scores[first..120]);
        Assert.Equal(before.Discrepancy[first..120], after.Discrepancy[first..120]);
        Assert.NotEqual(before.ReconstructionError[120], after.ReconstructionError[120]);
    }

    [Fact]
    public void Score_BeforeFit_Throws()
    {
        using var detector = new AnomalyTransformerDetector(AnomalyTransformerDetectorOptions.Default);
        Assert.Throws<InvalidOperationException>(() => detector.Score(SineSeries.Clean(100)));
    }

    [Fact]
    public void Score_WrongChannelCount_MessageNamesFileAndCounts()
    {
        using var detector = new AnomalyTransformerDetector(Tiny(epochs: 1));
        detector.Fit(SineSeries.Clean(300, channels: 2, file: "train.csv"), seed: 1);
        var message = Assert.Throws<ArgumentException>(() => detector.Score(SineSeries.Clean(100, channels: 1, file: "narrow.csv"))).Message;
        Assert.Contains("narrow.csv has 1 channels", message);
        Assert.Contains("fitted on 2", message);
    }

    [Fact]
    public void Options_BadValues_ErrorNamesOption()
    {
        Assert.Equal("Temperature", Assert.Throws<InvalidOptionException>(() => new AnomalyTransformerDetector(AnomalyTransformerDetectorOptions.Default with { Temperature = 0 })).Option);
        Assert.Equal("Lambda", Assert.Throws<InvalidOptionException>(() => new AnomalyTransformerDetector(AnomalyTransformerDetectorOptions.Default with { Lambda = -1 })).Option);
    }
}
