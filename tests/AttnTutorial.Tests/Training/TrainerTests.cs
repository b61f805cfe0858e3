using AttnTutorial.Data;
using AttnTutorial.Models;
using AttnTutorial.Training;
using TorchSharp;

namespace AttnTutorial.Tests.Training;

[Collection(TorchTests.Collection)]
public class TrainerTests
{
    // Small enough to train in a couple of seconds, easy enough that loss must fall.
    private static Recipe Tiny => Recipe.Tuned with
    {
        Data = SyntheticSeriesOptions.Seed with { Count = 240, Length = 80 },
        Training = Recipe.Tuned.Training with { Epochs = 3, Patience = 3, BatchSize = 32, Threads = 1, LearningRate = 1e-2 },
    };

    [Fact]
    public void Fit_TinyRun_TrainingLossFalls()
    {
        using var experiment = Experiment.Prepare(Tiny);
        var history = experiment.Fit();
        Assert.Equal(3, history.Epochs.Count);
        Assert.True(history.Epochs[^1].TrainLoss < history.Epochs[0].TrainLoss,
            $"loss did not fall: {string.Join(", ", history.Epochs.Select(e => e.TrainLoss))}");
        Assert.InRange(history.BestEpoch, 1, 3);
    }

    [Fact]
    public void Fit_SameSeed_SameNumbers()
    {
        double[] Run()
        {
            using var experiment = Experiment.Prepare(Tiny with { Training = Tiny.Training with { Epochs = 1 } });
            var history = experiment.Fit();
            return [history.Epochs[0].TrainLoss, history.Epochs[0].ValidationLoss, experiment.Predict(experiment.Test).Probabilities[0]];
        }
        Assert.Equal(Run(), Run());
    }

    [Fact]
    public void Fit_ReportsEveryBatchAndEveryEpoch()
    {
        using var experiment = Experiment.Prepare(Tiny with { Training = Tiny.Training with { Epochs = 2 } });
        var reports = new List<TrainingProgress>();
        experiment.Fit(new CallbackProgress<TrainingProgress>(reports.Add));
        int batches = (experiment.Train.Count + 31) / 32;
        Assert.Equal(2 * (batches + 1), reports.Count);
        Assert.Equal(2, reports.Count(r => r.CompletedEpoch is not null));
    }

    [Fact]
    public void Fit_EpochClosingReport_IsNotABatch()
    {
        using var experiment = Experiment.Prepare(Tiny with { Training = Tiny.Training with { Epochs = 1 } });
        var reports = new List<TrainingProgress>();
        var history = experiment.Fit(new CallbackProgress<TrainingProgress>(reports.Add));
        var batches = reports.Where(r => r.CompletedEpoch is null).ToArray();
        var closing = Assert.Single(reports, r => r.CompletedEpoch is not null);
        Assert.All(batches, r => Assert.NotNull(r.BatchLoss));
        Assert.Null(closing.BatchLoss);
        Assert.Equal(history.Epochs[0].TrainLoss, closing.RunningLoss);
        Assert.Equal(batches.Average(r => r.BatchLoss!.Value), history.Epochs[0].TrainLoss, 9);
    }

    [Fact]
    public void Fit_ThreadsAndSeed_PutBackWhenItReturns()
    {
        int threadsBefore = torch.get_num_threads();
        try
        {
            torch.set_num_threads(3);
            torch.random.manual_seed(7);
            var expected = torch.rand(4).data<float>().ToArray();
            torch.random.manual_seed(7);
            using var experiment = Experiment.Prepare(Tiny with { Training = Tiny.Training with { Epochs = 1, Threads = 1 } });
            torch.random.manual_seed(7); // Prepare seeds torch for the model's initial weights; start again from 7
            int threadsDuringTraining = 0;
            experiment.Fit(new CallbackProgress<TrainingProgress>(_ => threadsDuringTraining = torch.get_num_threads()));

            Assert.Equal(1, threadsDuringTraining);
            Assert.Equal(3, torch.get_num_threads());
            Assert.Equal(expected, torch.rand(4).data<float>().ToArray());
        }
        finally
        {
            torch.set_num_threads(threadsBefore);
        }
    }

    [Fact]
    public void Fit_Throws_ThreadsPutBackAnyway()
    {
        int threadsBefore = torch.get_num_threads();
        try
        {
            torch.set_num_threads(3);
            using var experiment = Experiment.Prepare(Tiny with { Training = Tiny.Training with { Threads = 1 } });
            experiment.Train.Inputs[0, 0, 0] = torch.tensor(float.NaN);
            Assert.Throws<TrainingDivergedException>(() => experiment.Fit());
            Assert.Equal(3, torch.get_num_threads());
        }
        finally
        {
            torch.set_num_threads(threadsBefore);
        }
    }

    [Fact]
    public void Fit_Patience_StopsEarlyAndRestoresBestEpoch()
    {
        // A learning rate this large makes validation loss worse after the first epoch or so.
        var recipe = Tiny with { Training = Tiny.Training with { Epochs = 8, Patience = 1, LearningRate = 0.5, Schedule = LearningRateSchedule.Constant, GradientClipNorm = null } };
        using var experiment = Experiment.Prepare(recipe);
        var history = experiment.Fit();
        double best = history.Epochs.Min(e => e.ValidationLoss);
        Assert.Equal(best, history.Epochs[history.BestEpoch - 1].ValidationLoss);
        if (history.StoppedEarly) Assert.Equal(history.BestEpoch + 1, history.Epochs.Count);
        // The restored weights reproduce the best epoch's validation loss.
        Assert.Equal(best, experiment.Predict(experiment.Validation).Loss, 4);
    }

    [Fact]
    public void Fit_NaNInput_ThrowsNamingEpochAndBatch()
    {
        using var experiment = Experiment.Prepare(Tiny);
        experiment.Train.Inputs[0, 0, 0] = torch.tensor(float.NaN);
        var error = Assert.Throws<TrainingDivergedException>(() => experiment.Fit());
        Assert.Equal(1, error.Epoch);
        Assert.Contains("epoch 1, batch", error.Message);
    }

    [Fact]
    public void Fit_Cancelled_StopsBeforeNextBatch()
    {
        using var experiment = Experiment.Prepare(Tiny);
        using var cancel = new CancellationTokenSource();
        int batchesSeen = 0;
        var progress = new CallbackProgress<TrainingProgress>(_ => { if (++batchesSeen == 2) cancel.Cancel(); });
        Assert.Throws<OperationCanceledException>(() => experiment.Fit(progress, cancel.Token));
        Assert.Equal(2, batchesSeen);
    }

    [Fact]
    public void ModelFile_SaveLoad_RoundTripsPredictions()
    {
        using var experiment = Experiment.Prepare(Tiny with { Training = Tiny.Training with { Epochs = 1 } });
        experiment.Fit();
        string path = Path.Combine(Path.GetTempPath(), $"attn-{Guid.NewGuid():N}", "model.bin");
        try
        {
            ModelFile.Save(experiment.Model, experiment.Recipe.Features, path);
            var (loaded, features) = ModelFile.Load(path);
            using (loaded)
            {
                Assert.Equal(experiment.Recipe.Features, features);
                var before = experiment.Predict(experiment.Test).Probabilities;
                var after = Predictor.Predict(loaded, experiment.Test).Probabilities;
                Assert.Equal(before, after);
            }
            Assert.Single(Directory.GetFiles(Path.GetDirectoryName(path)!));
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
        }
    }

    [Fact]
    public void ModelFile_Load_NotAModel_ErrorNamesFile()
    {
        string path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "hello");
            var error = Assert.Throws<InvalidDataException>(() => ModelFile.Load(path));
            Assert.Contains(path, error.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void TrainerOptions_BadBatchSize_ErrorNamesOption()
    {
        var error = Assert.Throws<InvalidOptionException>(() => new Trainer(TrainerOptions.Seed with { BatchSize = 0 }));
        Assert.Equal("BatchSize", error.Option);
    }

    [Fact]
    public void Recipe_Seed_IsTheSeedRecipeExactly()
    {
        var seed = Recipe.Seed;
        Assert.Equal((5000, 500, 0.5), (seed.Data.Count, seed.Data.Length, seed.Data.NormalRatio));
        Assert.Equal(ScalingMode.None, seed.Features.Scaling);
        Assert.False(seed.Features.FirstDifference);
        Assert.Equal(1, seed.Features.PatchSize);
        Assert.Equal(new BiLstmAttentionOptions { InputSize = 1, HiddenSize = 32, AttentionSize = 64, Pooling = Pooling.Attention }, seed.ModelOptions);
        Assert.Equal((1e-3, 32, 15, 5, LearningRateSchedule.Constant), (seed.Training.LearningRate, seed.Training.BatchSize, seed.Training.Epochs, seed.Training.Patience, seed.Training.Schedule));
    }

    [Fact]
    public void LearningRateSchedules_OneCycle_WarmsUpThenDecays()
    {
        double peak = LearningRateSchedules.RateAt(LearningRateSchedule.OneCycle, 1.0, 10, 100);
        Assert.Equal(0.1, LearningRateSchedules.RateAt(LearningRateSchedule.OneCycle, 1.0, 0, 100), 6);
        Assert.Equal(1.0, peak, 6);
        Assert.Equal(0.01, LearningRateSchedules.RateAt(LearningRateSchedule.OneCycle, 1.0, 99, 100), 6);
        Assert.Equal(0.5, LearningRateSchedules.RateAt(LearningRateSchedule.Constant, 0.5, 50, 100));
    }
}
