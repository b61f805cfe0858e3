using AttnTutorial.Data;
using AttnTutorial.RealData;
using AttnTutorial.Training;
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

    /// <summary>Throws unless <paramref name="series"/> has the channels the detector was fitted on.</summary>
    public static void CheckChannels(TimeSeries series, string detector, TimeSeries? fittedOn)
    {
        ArgumentNullException.ThrowIfNull(series);
        if (fittedOn is null) throw new InvalidOperationException($"{detector}: call Fit before scoring.");
        if (series.ChannelCount != fittedOn.ChannelCount)
            throw new ArgumentException($"{series.SourceFile} has {series.ChannelCount} channels, but {detector} was fitted on {fittedOn.ChannelCount} ({fittedOn.SourceFile}).", nameof(series));
    }

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
