using AttnTutorial.Data;
using AttnTutorial.Training;
using TorchSharp;
using static TorchSharp.torch;

namespace AttnTutorial.Tests.Models;

/// <summary>Tiny data and a few-second training budget shared by the model tests.</summary>
internal static class TinyRun
{
    public static readonly InputFeatures Patched = new() { Scaling = ScalingMode.PerSeries, FirstDifference = true, PatchSize = 4 };

    public static TrainerOptions Training(int epochs = 3) =>
        new() { Epochs = epochs, Patience = epochs, BatchSize = 32, LearningRate = 1e-2, Threads = 1, Device = TrainingDevice.Cpu, GradientClipNorm = 1.0 };

    /// <summary>Train and validation splits of the seed task, shrunk.</summary>
    public static (SeriesDataset Train, SeriesDataset Validation) Data(InputFeatures features, int count = 160, int length = 80, int seed = 42)
    {
        var samples = SyntheticSeriesGenerator.Generate(SyntheticSeriesOptions.Seed with { Count = count, Length = length, RandomSeed = seed });
        var scaler = MinMaxScaler.Fit(features.Scaling, samples);
        int cut = count * 3 / 4;
        return (SeriesDataset.Create(samples.Take(cut).ToArray(), features, scaler), SeriesDataset.Create(samples.Skip(cut).ToArray(), features, scaler));
    }

    /// <summary>Builds a model with torch seeded, trains it on tiny data and returns the history and the first validation probability.</summary>
    public static (TrainingHistory History, float FirstProbability) Fit(Func<SeriesDataset, nn.Module<Tensor, (Tensor Logits, Tensor Weights)>> build, InputFeatures features, int epochs = 3)
    {
        var (train, validation) = Data(features);
        using (train)
        using (validation)
        {
            random.manual_seed(7);
            using var model = build(train);
            var history = new Trainer(Training(epochs)).Fit(model, train, validation);
            return (history, Predictor.Predict(model, validation).Probabilities[0]);
        }
    }

    /// <summary>Trains twice from the same seeds: the loss must fall, and both runs must give the same numbers.</summary>
    public static void AssertTrainsDeterministically(Func<SeriesDataset, nn.Module<Tensor, (Tensor Logits, Tensor Weights)>> build, InputFeatures features)
    {
        var first = Fit(build, features);
        var second = Fit(build, features);
        AssertLossFalls(first.History);
        Assert.Equal(first.History.Epochs.Select(e => e.TrainLoss), second.History.Epochs.Select(e => e.TrainLoss));
        Assert.Equal(first.FirstProbability, second.FirstProbability);
    }

    public static void AssertLossFalls(TrainingHistory history) =>
        Assert.True(history.Epochs[^1].TrainLoss < history.Epochs[0].TrainLoss,
            $"loss did not fall: {string.Join(", ", history.Epochs.Select(e => e.TrainLoss))}");

    public static void AssertRowsSumToOne(Tensor weights, int precision = 5)
    {
        using var sums = weights.sum(-1);
        Assert.All(sums.data<float>().ToArray(), s => Assert.Equal(1f, s, precision));
    }
}
