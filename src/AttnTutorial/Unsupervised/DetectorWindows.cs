using AttnTutorial.Data;
using AttnTutorial.RealData;
using AttnTutorial.Training;
using TorchSharp;
using static TorchSharp.torch;

namespace AttnTutorial.Unsupervised;

/// <summary>The steps the window-based detectors of chapter 13 share: splitting off validation, checking a series, scoring windows in batches, mapping them causally.</summary>
internal static class DetectorWindows
{
    /// <summary>
    /// Holds out every <paramref name="validationEvery"/>-th block of the training series for early stopping
    /// (<see cref="TimeSeries.InterleavedSplit"/>, starting with block validationEvery / 2, as chapter 12 does), with blocks
    /// of <paramref name="blockLength"/> steps, or of T / validationEvery when the series is shorter than that many blocks.
    /// Parts shorter than one window are left out.
    /// </summary>
    /// <remarks>
    /// Not simply the last fifth: SMD's training file drifts, and a validation part taken from its end sees a regime the
    /// training part never did (chapter 12 measures it), so the epoch it picks is off.
    /// </remarks>
    public static (IReadOnlyList<TimeSeries> Fit, IReadOnlyList<TimeSeries> Validation) Split(TimeSeries train, int validationEvery, int blockLength, int windowLength)
    {
        ArgumentNullException.ThrowIfNull(train);
        int block = Math.Min(blockLength, train.Length / validationEvery);
        if (block < windowLength)
            throw new ArgumentException(
                $"{train.SourceFile} has {train.Length} steps, too few to hold out validation blocks of at least one window ({windowLength} steps) every {validationEvery} blocks; it needs at least {windowLength * validationEvery} steps.",
                nameof(train));
        var (fit, validation) = train.InterleavedSplit(block, validationEvery, firstValidationBlock: validationEvery / 2);
        var fitParts = fit.Where(p => p.Length >= windowLength).ToArray();
        var validationParts = validation.Where(p => p.Length >= windowLength).ToArray();
        if (fitParts.Length == 0 || validationParts.Length == 0)
            throw new ArgumentException($"{train.SourceFile}: blocks of {block} steps leave no {(fitParts.Length == 0 ? "training" : "validation")} part of at least one window ({windowLength} steps).", nameof(train));
        return (fitParts, validationParts);
    }

    /// <summary>
    /// Fits a window model the way both attention detectors do: μ and σ from the whole training series, interleaved
    /// validation blocks (<see cref="Split"/>), training windows every <see cref="DetectorWindowOptions.TrainStride"/> steps,
    /// the model built with torch seeded by <paramref name="seed"/>, then <see cref="WindowTrainer"/>. The model is disposed
    /// when training fails.
    /// </summary>
    /// <param name="train">The unlabelled training series.</param>
    /// <param name="seed">Seeds the initial weights and the shuffling.</param>
    /// <param name="options">Windows, validation and training.</param>
    /// <param name="trainingWindowLength">Steps per training window (a forecast's input plus its horizon).</param>
    /// <param name="build">Builds the model; called with torch seeded.</param>
    /// <param name="loss">The training loss of a batch, for the built model.</param>
    /// <param name="validationLoss">The early-stopping loss, or null to use <paramref name="loss"/>.</param>
    /// <param name="progress">Per batch and epoch.</param>
    public static (TModel Model, Standardizer Standardizer, TrainingHistory History) Fit<TModel>(
        TimeSeries train,
        int seed,
        DetectorWindowOptions options,
        int trainingWindowLength,
        Func<TModel> build,
        Func<TModel, Func<Tensor, Tensor>> loss,
        Func<TModel, Func<Tensor, Tensor>>? validationLoss,
        IProgress<TrainingProgress>? progress)
        where TModel : nn.Module
    {
        ArgumentNullException.ThrowIfNull(train);
        var (fitParts, validationParts) = Split(train, options.ValidationEvery, options.ValidationBlockLength, trainingWindowLength);
        var standardizer = Standardizer.Fit(train);
        var windows = new WindowOptions { Length = trainingWindowLength, Stride = options.TrainStride };
        using var trainWindows = UnlabelledWindows.Cut(fitParts, standardizer, windows);
        using var validationWindows = UnlabelledWindows.Cut(validationParts, standardizer, windows);
        var training = options.Training with { RandomSeed = seed };
        TModel model;
        using (TorchGlobals.Set(training.Threads, seed)) model = build();
        try
        {
            var history = new WindowTrainer(training).Fit(model, trainWindows, validationWindows, loss(model), (validationLoss ?? loss)(model), progress);
            return (model, standardizer, history);
        }
        catch
        {
            model.Dispose();
            throw;
        }
    }

    /// <summary>The one window of <paramref name="length"/> steps ending at <paramref name="step"/>, standardized, and where it starts.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The step is before the first full window or past the end; the message names the file.</exception>
    public static (int Start, UnlabelledWindows Window) EndingAt(TimeSeries series, int step, int length, Standardizer standardizer)
    {
        if (step < length - 1 || step >= series.Length)
            throw new ArgumentOutOfRangeException(nameof(step), $"step {step} of {series.SourceFile} is not in [{length - 1}, {series.Length}): the first {length - 1} steps have no full window.");
        int start = step + 1 - length;
        return (start, UnlabelledWindows.Cut(series.Slice(start, step + 1), standardizer, new WindowOptions { Length = length, Stride = 1 }));
    }

    /// <summary>The baselines' checks (<see cref="FittedState"/>): fitted first, then no missing values and the training channel count.</summary>
    public static void CheckSeries(TimeSeries series, string detector, TimeSeries? fittedOn) =>
        FittedState.CheckSeries(series, FittedState.Require(fittedOn, detector).ChannelCount, detector);

    /// <summary>
    /// Runs <paramref name="perWindow"/> over all windows in order, batch by batch without gradients, with torch's
    /// thread count from <paramref name="threads"/> (0 leaves it), and stacks the results: row w is window w's values.
    /// </summary>
    /// <param name="windows">The windows, in order.</param>
    /// <param name="batchSize">Windows per forward pass.</param>
    /// <param name="threads">Torch threads while scoring; 0 leaves the current count.</param>
    /// <param name="perWindow">A batch (batch, L, C) → (batch, K) values per window.</param>
    public static float[][] Map(UnlabelledWindows windows, int batchSize, int threads, Func<Tensor, Tensor> perWindow)
    {
        using var globals = TorchGlobals.Set(threads, seed: 0);
        using var noGrad = no_grad();
        var rows = new float[windows.Count][];
        foreach (var batch in BatchSampler.Batches(windows.Count, batchSize, shuffle: null))
        {
            using var scope = NewDisposeScope();
            var values = perWindow(windows.Batch(tensor(batch)));
            long k = values.shape[1];
            var flat = values.contiguous().data<float>().ToArray();
            for (int i = 0; i < batch.Length; i++) rows[batch[i]] = flat.AsSpan(i * (int)k, (int)k).ToArray();
        }
        return rows;
    }

    /// <summary>
    /// <see cref="CausalScores.Map"/> of one value per window onto the steps, with the steps before the first window ends
    /// set to the lowest score given elsewhere (the <see cref="IUnsupervisedDetector.Score"/> contract).
    /// </summary>
    public static float[] Causal(int seriesLength, UnlabelledWindows windows, float[] windowValues)
    {
        var mapped = CausalScores.Map(seriesLength, windows.Length, windows.Starts, windowValues);
        float lowest = windowValues.Min();
        var scores = mapped.Scores;
        for (int t = 0; t < scores.Length && mapped.Coverage[t] == 0; t++) scores[t] = lowest;
        return scores;
    }

    /// <summary>Column <paramref name="k"/> of <paramref name="rows"/>.</summary>
    public static float[] Column(float[][] rows, int k) => rows.Select(r => r[k]).ToArray();
}
