using AttnTutorial.RealData;
using AttnTutorial.Training;
using AttnTutorial.Unsupervised;
using TorchSharp;
using static TorchSharp.torch;

namespace AttnTutorial.Tests.Unsupervised;

[Collection(TorchTests.Collection)]
public class WindowTrainerTests
{
    private static readonly WindowOptions Windows = new() { Length = 8, Stride = 2 };

    private static TrainerOptions Options(int epochs = 4) =>
        new() { Epochs = epochs, Patience = epochs, BatchSize = 16, LearningRate = 1e-2, Threads = 1, Device = TrainingDevice.Cpu, RandomSeed = 3 };

    // A per-step linear map trained to reproduce its input: the smallest model with a loss that can fall.
    private static (TrainingHistory History, double ValidationLoss, float FirstWeight) Train(TrainerOptions options, IProgress<TrainingProgress>? progress = null)
    {
        var series = SineSeries.Clean(300);
        var (trainPart, validationPart) = series.SplitAt(240);
        var z = Standardizer.Fit(trainPart);
        using var train = UnlabelledWindows.Cut(trainPart, z, Windows);
        using var validation = UnlabelledWindows.Cut(validationPart, z, Windows);
        random.manual_seed(11);
        using var model = nn.Linear(2, 2);
        Tensor Loss(Tensor windows) => nn.functional.mse_loss(model.forward(windows), windows);
        var history = new WindowTrainer(options).Fit(model, train, validation, Loss, progress);
        double after = WindowTrainer.MeanLoss(model, validation, Loss);
        return (history, after, model.weight!.data<float>()[0]);
    }

    [Fact]
    public void Fit_ReconstructionLoss_Falls()
    {
        var (history, _, _) = Train(Options());
        Assert.Equal(4, history.Epochs.Count);
        Assert.True(history.Epochs[^1].TrainLoss < history.Epochs[0].TrainLoss,
            $"loss did not fall: {string.Join(", ", history.Epochs.Select(e => e.TrainLoss))}");
        Assert.All(history.Epochs, e => Assert.Null(e.ValidationAuc));
    }

    [Fact]
    public void Fit_LeavesBestEpochsWeights()
    {
        var (history, after, _) = Train(Options());
        Assert.Equal(history.Epochs[history.BestEpoch - 1].ValidationLoss, after, 6);
        Assert.Equal(history.Epochs.Min(e => e.ValidationLoss), after, 6);
    }

    [Fact]
    public void Fit_SameSeed_SameNumbers()
    {
        var first = Train(Options(2));
        var second = Train(Options(2));
        Assert.Equal(first.History.Epochs.Select(e => e.TrainLoss), second.History.Epochs.Select(e => e.TrainLoss));
        Assert.Equal(first.FirstWeight, second.FirstWeight);
        var otherShuffle = Train(Options(2) with { RandomSeed = 4 });
        Assert.NotEqual(first.History.Epochs[0].TrainLoss, otherShuffle.History.Epochs[0].TrainLoss);
    }

    [Fact]
    public void Fit_ReportsEveryBatchAndEveryEpoch()
    {
        var reports = new List<TrainingProgress>();
        Train(Options(2), new CallbackProgress<TrainingProgress>(reports.Add));
        // 240 training steps, L = 8, stride 2: starts 0, 2, …, 232 → 117 windows → 8 batches of 16.
        Assert.Equal(2 * (8 + 1), reports.Count);
        Assert.Equal(2, reports.Count(r => r.CompletedEpoch is not null));
    }

    [Fact]
    public void Fit_ValidationOfOtherShape_ErrorSaysWhich()
    {
        var series = SineSeries.Clean(100);
        var z = Standardizer.Fit(series);
        using var train = UnlabelledWindows.Cut(series, z, Windows);
        using var validation = UnlabelledWindows.Cut(series, z, Windows with { Length = 6 });
        using var model = nn.Linear(2, 2);
        var error = Assert.Throws<ArgumentException>(() => new WindowTrainer(Options()).Fit(model, train, validation, w => model.forward(w).mean()));
        Assert.Contains("validation", error.Message);
    }
}
