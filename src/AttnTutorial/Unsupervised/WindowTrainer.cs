using AttnTutorial.Data;
using AttnTutorial.Training;
using TorchSharp;
using static TorchSharp.torch;

namespace AttnTutorial.Unsupervised;

/// <summary>
/// Trains any module on unlabelled windows with a loss the caller gives (reconstruction, forecast, the Anomaly
/// Transformer's minimax), in the <see cref="Trainer"/>'s own loop: Adam, shuffled batches, the learning-rate schedule
/// and gradient clipping of <see cref="TrainerOptions"/>, early stopping on the validation loss with the best epoch's
/// weights restored, torch's seed and thread count set for the run and put back afterwards. Silent: pass an
/// <see cref="IProgress{T}"/> to watch it and read the returned <see cref="TrainingHistory"/> (train and validation
/// loss per epoch; <see cref="EpochRecord.ValidationAuc"/> is null, there are no labels).
/// Introduced in chapter 13; chapter 14's forecasters train with it too.
/// </summary>
/// <example>
/// <code>
/// var z = Standardizer.Fit(trainPart);
/// var windows = new WindowOptions { Length = 49, Stride = 4 };          // 48 steps in, the 49th to forecast
/// using var train = UnlabelledWindows.Cut(trainPart, z, windows);
/// using var validation = UnlabelledWindows.Cut(validationPart, z, windows);
/// using var model = new TransformerForecaster(new() { InputSize = trainPart.ChannelCount });
/// Tensor Loss(Tensor w) => nn.functional.mse_loss(model.forward(w.narrow(1, 0, 48)).Output, w.narrow(1, 48, 1));
/// var history = new WindowTrainer(TrainerOptions.Quick).Fit(model, train, validation, Loss);
/// </code>
/// </example>
public sealed class WindowTrainer
{
    private readonly Trainer _trainer;

    /// <summary>Creates a trainer; the options are validated here.</summary>
    public WindowTrainer(TrainerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _trainer = new Trainer(options);
    }

    /// <summary>The options in force.</summary>
    public TrainerOptions Options => _trainer.Options;

    /// <summary>
    /// Trains <paramref name="model"/> in place on <paramref name="train"/>'s windows, minimising <paramref name="loss"/>,
    /// and leaves it holding the weights of the epoch with the lowest mean <paramref name="loss"/> on
    /// <paramref name="validation"/>. <paramref name="progress"/> is called synchronously after every batch and epoch.
    /// </summary>
    /// <param name="model">Any module; <paramref name="loss"/> calls it. It is moved to <see cref="TrainerOptions.Device"/> and left in eval mode.</param>
    /// <param name="train">Training windows; a batch is (batch, L, C) on the training device.</param>
    /// <param name="validation">Held-out windows of the same L and C, for early stopping.</param>
    /// <param name="loss">A batch of windows (batch, L, C) → a scalar loss that is a mean over the batch.</param>
    /// <param name="progress">Per batch and per epoch, as <see cref="Trainer.Fit"/> reports.</param>
    /// <param name="cancellationToken">Checked before every batch.</param>
    /// <exception cref="ArgumentException">The two sets differ in window length or channels.</exception>
    /// <exception cref="TrainingDivergedException">The loss became NaN or infinite.</exception>
    public TrainingHistory Fit(
        nn.Module model,
        UnlabelledWindows train,
        UnlabelledWindows validation,
        Func<Tensor, Tensor> loss,
        IProgress<TrainingProgress>? progress = null,
        CancellationToken cancellationToken = default) =>
        Fit(model, train, validation, loss, loss, progress, cancellationToken);

    /// <summary>
    /// As <see cref="Fit(nn.Module, UnlabelledWindows, UnlabelledWindows, Func{Tensor, Tensor}, IProgress{TrainingProgress}?, CancellationToken)"/>,
    /// but early stopping watches <paramref name="validationLoss"/>, for a training loss that is not the quantity to
    /// keep low (the Anomaly Transformer's minimax, whose value says nothing about how well it reconstructs).
    /// </summary>
    /// <param name="model">Any module; the losses call it. It is moved to <see cref="TrainerOptions.Device"/> and left in eval mode.</param>
    /// <param name="train">Training windows; a batch is (batch, L, C) on the training device.</param>
    /// <param name="validation">Held-out windows of the same L and C, for early stopping.</param>
    /// <param name="loss">A batch of windows (batch, L, C) → the scalar to minimise, a mean over the batch.</param>
    /// <param name="validationLoss">A batch of validation windows (batch, L, C) → a scalar mean over the batch; run without gradients in eval mode.</param>
    /// <param name="progress">Per batch and per epoch, as <see cref="Trainer.Fit"/> reports.</param>
    /// <param name="cancellationToken">Checked before every batch.</param>
    /// <exception cref="ArgumentException">The two sets differ in window length or channels.</exception>
    /// <exception cref="TrainingDivergedException">The loss became NaN or infinite.</exception>
    public TrainingHistory Fit(
        nn.Module model,
        UnlabelledWindows train,
        UnlabelledWindows validation,
        Func<Tensor, Tensor> loss,
        Func<Tensor, Tensor> validationLoss,
        IProgress<TrainingProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(validation);
        ArgumentNullException.ThrowIfNull(loss);
        ArgumentNullException.ThrowIfNull(validationLoss);
        if (validation.Length != train.Length || validation.ChannelCount != train.ChannelCount)
            throw new ArgumentException($"validation windows are ({validation.Length} steps, {validation.ChannelCount} channels) but training windows are ({train.Length}, {train.ChannelCount}).", nameof(validation));

        // Runs inside the trainer's dispose scope per batch, which frees the gathered windows.
        Tensor BatchLoss(Tensor index, Device device) => loss(train.Batch(index).to(device));

        (double Loss, double? Auc) Validate(Device device) => (MeanLoss(model, validation, validationLoss, Options.EvaluationBatchSize, device), null);

        return _trainer.Run(model, train.Count, BatchLoss, Validate, progress, cancellationToken);
    }

    /// <summary>
    /// The mean of <paramref name="loss"/> over all of <paramref name="windows"/>, batch by batch without gradients and
    /// in eval mode (the model's mode is put back), each batch weighted by its size.
    /// </summary>
    /// <param name="model">The module <paramref name="loss"/> calls.</param>
    /// <param name="windows">The windows to score.</param>
    /// <param name="loss">A batch (batch, L, C) → a scalar mean over the batch.</param>
    /// <param name="batchSize">Windows per batch.</param>
    /// <param name="device">Where the model is; null for the CPU.</param>
    public static double MeanLoss(nn.Module model, UnlabelledWindows windows, Func<Tensor, Tensor> loss, int batchSize = 256, Device? device = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(windows);
        ArgumentNullException.ThrowIfNull(loss);
        bool wasTraining = model.training;
        model.eval();
        try
        {
            using var noGrad = no_grad();
            double sum = 0;
            foreach (var batch in BatchSampler.Batches(windows.Count, batchSize, shuffle: null))
            {
                using var scope = NewDisposeScope();
                var inputs = windows.Batch(tensor(batch)).to(device ?? CPU);
                sum += loss(inputs).item<float>() * batch.Length;
            }
            return sum / windows.Count;
        }
        finally
        {
            model.train(wasTraining);
        }
    }
}
