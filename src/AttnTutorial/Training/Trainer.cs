using System.Diagnostics;
using AttnTutorial.Data;
using AttnTutorial.Evaluation;
using TorchSharp;
using static TorchSharp.torch;

namespace AttnTutorial.Training;

/// <summary>
/// Introduced in chapter 05.
/// Trains any classifier whose forward gives (logits, weights) with BCE on logits and Adam, with early
/// stopping on validation loss; <see cref="FitPointwise"/> does the same for a detector with one logit per time step. It never prints: pass an <see cref="IProgress{T}"/> to watch it, and read
/// the returned <see cref="TrainingHistory"/>. Torch's thread count and random state are process-wide: a run sets them
/// from its options and puts the previous ones back when it returns.
/// </summary>
public sealed class Trainer
{
    /// <summary>Creates a trainer; the options are validated here.</summary>
    public Trainer(TrainerOptions options)
    {
        Options = options.Validate();
    }

    /// <summary>The options in force.</summary>
    public TrainerOptions Options { get; }

    /// <summary>The device <see cref="TrainingDevice.Auto"/> resolves to on this machine.</summary>
    public static Device ResolveDevice(TrainingDevice device) => device switch
    {
        TrainingDevice.Cpu => CPU,
        TrainingDevice.Cuda => cuda.is_available() ? CUDA : throw new InvalidOperationException("Device is Cuda but TorchSharp sees no CUDA device; use Auto or Cpu, or install a CUDA build of TorchSharp."),
        _ => cuda.is_available() ? CUDA : CPU,
    };

    /// <summary>
    /// Trains <paramref name="model"/> in place and leaves it holding the weights of the epoch with the lowest
    /// validation loss. <paramref name="progress"/> is called synchronously on this thread after every batch.
    /// </summary>
    /// <exception cref="TrainingDivergedException">The loss became NaN or infinite.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> fired; checked before every batch.</exception>
    public TrainingHistory Fit(
        nn.Module<Tensor, (Tensor Logits, Tensor Weights)> model,
        SeriesDataset train,
        SeriesDataset validation,
        IProgress<TrainingProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        Tensor BatchLoss(Tensor index, Device device)
        {
            var (logits, _) = model.forward(train.Inputs.index_select(0, index).to(device));
            // BCE on logits: the numerically stable form of the seed's Sigmoid followed by BCELoss.
            return nn.functional.binary_cross_entropy_with_logits(logits, train.Labels.index_select(0, index).to(device));
        }

        (double Loss, double? Auc) Validate(Device device)
        {
            var scored = Predictor.Predict(model, validation, Options.EvaluationBatchSize, device);
            return (scored.Loss, BinaryMetrics.RocAuc(scored.Probabilities, validation.LabelArray));
        }

        return Run(model, train.Count, BatchLoss, Validate, progress, cancellationToken);
    }

    /// <summary>
    /// Trains a point-wise detector on the per-time-step masks (BCE per time step, averaged), with the same loop as
    /// <see cref="Fit"/>: schedule, clipping, progress, early stopping on validation loss, best weights restored.
    /// In the history, ValidationLoss is the mean BCE per time step and ValidationAuc the ROC-AUC over all time steps.
    /// </summary>
    /// <exception cref="InvalidOptionException">A dataset's features fold time steps into patches (PatchSize ≠ 1).</exception>
    /// <exception cref="TrainingDivergedException">The loss became NaN or infinite.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> fired; checked before every batch.</exception>
    public TrainingHistory FitPointwise(
        nn.Module<Tensor, Tensor> detector,
        SeriesDataset train,
        SeriesDataset validation,
        IProgress<TrainingProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        PointwisePredictor.RequireTimeAxis(train);
        PointwisePredictor.RequireTimeAxis(validation);
        Tensor BatchLoss(Tensor index, Device device)
        {
            var logits = detector.forward(train.Inputs.index_select(0, index).to(device)); // (batch, T)
            return nn.functional.binary_cross_entropy_with_logits(logits, train.Masks.index_select(0, index).to(device));
        }

        (double Loss, double? Auc) Validate(Device device)
        {
            var scored = PointwisePredictor.Predict(detector, validation, Options.EvaluationBatchSize, device);
            return (scored.Loss, PointwiseMetrics.RocAuc(scored.Probabilities, validation.Samples.Select(s => s.Mask).ToArray()));
        }

        return Run(detector, train.Count, BatchLoss, Validate, progress, cancellationToken);
    }

    // The loop every kind of model shares (also Unsupervised.WindowTrainer's); batchLoss computes one batch's loss from its indices, validate scores the validation split.
    internal TrainingHistory Run(
        nn.Module model,
        int trainCount,
        Func<Tensor, Device, Tensor> batchLoss,
        Func<Device, (double Loss, double? Auc)> validate,
        IProgress<TrainingProgress>? progress,
        CancellationToken cancellationToken)
    {
        using var torchGlobals = TorchGlobals.Set(Options.Threads, Options.RandomSeed);
        var shuffle = new Random(Options.RandomSeed);
        var device = ResolveDevice(Options.Device);
        model.to(device);
        model.train();
        using var optimizer = optim.Adam(model.parameters(), lr: Options.LearningRate);
        using var stopping = new EarlyStopping(model, Options.Patience);
        int batches = (trainCount + Options.BatchSize - 1) / Options.BatchSize;
        var epochs = new List<EpochRecord>();
        try
        {
            for (int epoch = 1; epoch <= Options.Epochs; epoch++)
            {
                var clock = Stopwatch.StartNew();
                var (trainLoss, rate) = TrainEpoch(epoch);
                var (validationLoss, validationAuc) = validate(device);
                var record = new EpochRecord(epoch, trainLoss, validationLoss, validationAuc, clock.Elapsed.TotalSeconds, rate);
                epochs.Add(record);
                progress?.Report(new TrainingProgress(epoch, Options.Epochs, batches, batches, BatchLoss: null, RunningLoss: trainLoss, record));
                if (stopping.ShouldStop(record)) break;
            }
            stopping.RestoreBestWeights();
        }
        finally
        {
            model.eval();
        }
        return new TrainingHistory(epochs, stopping.BestEpoch, StoppedEarly: epochs.Count < Options.Epochs);

        // One pass over the shuffled training set: the mean batch loss and the learning rate of the last batch.
        (double MeanLoss, double LastRate) TrainEpoch(int epoch)
        {
            double lossSum = 0, rate = Options.LearningRate;
            int batchNumber = 0;
            foreach (var batch in BatchSampler.Batches(trainCount, Options.BatchSize, shuffle))
            {
                cancellationToken.ThrowIfCancellationRequested();
                int step = (epoch - 1) * batches + batchNumber++;
                rate = LearningRateSchedules.RateAt(Options.Schedule, Options.LearningRate, step, batches * Options.Epochs);
                foreach (var group in optimizer.ParamGroups) group.LearningRate = rate;
                double loss = TrainBatch(model, optimizer, batchLoss, batch, device);
                if (!double.IsFinite(loss)) throw new TrainingDivergedException(epoch, batchNumber, loss);
                lossSum += loss;
                progress?.Report(new TrainingProgress(epoch, Options.Epochs, batchNumber, batches, loss, lossSum / batchNumber, null));
            }
            return (lossSum / batchNumber, rate);
        }
    }

    private double TrainBatch(nn.Module model, optim.Optimizer optimizer, Func<Tensor, Device, Tensor> batchLoss, long[] batch, Device device)
    {
        using var scope = NewDisposeScope();
        optimizer.zero_grad();
        var loss = batchLoss(tensor(batch), device);
        loss.backward();
        if (Options.GradientClipNorm is double clip) nn.utils.clip_grad_norm_(model.parameters(), clip);
        StepWithoutCollection(optimizer);
        return loss.item<float>();
    }

    // Adam.step hands native code the handles of temporary Scalars made from doubles (β₁, 1 − β₁, ...) and drops the
    // objects; a garbage collection during the native call can finalize one mid-call. Seen twice under load in CI:
    // "Expected false to be true ... toFloat at Scalar.h" inside Adam.step. No collection starts inside a no-GC region,
    // and the step allocates far less than its budget; when the region cannot be had, the step runs as before.
    private static void StepWithoutCollection(optim.Optimizer optimizer)
    {
        bool region = false;
        try { region = GC.TryStartNoGCRegion(NoCollectionBudgetBytes); }
        catch (InvalidOperationException) { }   // already inside a region (a caller's)
        try
        {
            optimizer.step();
        }
        finally
        {
            if (region && System.Runtime.GCSettings.LatencyMode == System.Runtime.GCLatencyMode.NoGCRegion) GC.EndNoGCRegion();
        }
    }

    private const long NoCollectionBudgetBytes = 16L << 20;
}
