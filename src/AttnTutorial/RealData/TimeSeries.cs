namespace AttnTutorial.RealData;

/// <summary>
/// One long, real series as read from disk: values per channel and time step, optional timestamps, a label per
/// time step and where it came from. Missing values are NaN until <see cref="MissingValues.Fill"/> replaces them.
/// </summary>
/// <param name="Channels">The values, one array per channel, each of length T: <c>Channels[c][t]</c> (the layout of <see cref="Data.SeriesSample"/>).</param>
/// <param name="Timestamps">One timestamp per step (length T), or null for files without a time column.</param>
/// <param name="Labels">Per time step: true when the step is labelled anomalous (length T; all false when unlabelled).</param>
/// <param name="ChannelNames">One name per channel, e.g. "value" or "metric 1".</param>
/// <param name="SourceFile">The file the values were read from, for messages and plot titles.</param>
public sealed record TimeSeries(float[][] Channels, DateTime[]? Timestamps, bool[] Labels, string[] ChannelNames, string SourceFile)
{
    /// <summary>Number of time steps T.</summary>
    public int Length => Channels[0].Length;

    /// <summary>Number of channels C.</summary>
    public int ChannelCount => Channels.Length;

    /// <summary>Number of steps labelled anomalous.</summary>
    public int LabelledCount => Labels.Count(l => l);

    /// <summary>The labelled anomalies as runs of consecutive labelled steps, in order.</summary>
    public IReadOnlyList<StepRange> LabelledRuns => StepRange.Runs(Labels);

    /// <summary>Labels as 0/1 ints, for <see cref="Evaluation.BinaryMetrics"/>.</summary>
    public int[] LabelArray => Labels.Select(l => l ? 1 : 0).ToArray();

    /// <summary>The same series with other per-step labels (length T).</summary>
    public TimeSeries WithLabels(bool[] labels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        if (labels.Length != Length)
            throw new ArgumentException($"labels has {labels.Length} steps but {SourceFile} has {Length}.", nameof(labels));
        return this with { Labels = labels };
    }

    /// <summary>Steps [start, end) as a new series (values, timestamps and labels copied).</summary>
    public TimeSeries Slice(int start, int end)
    {
        if (start < 0 || end > Length || start >= end)
            throw new ArgumentOutOfRangeException(nameof(start), $"[{start}, {end}) is not a non-empty range inside [0, {Length}).");
        return new TimeSeries(
            Channels.Select(c => c[start..end]).ToArray(),
            Timestamps?[start..end],
            Labels[start..end],
            ChannelNames,
            SourceFile);
    }

    /// <summary>
    /// Cuts the series in time at step <paramref name="at"/>: the early part (e.g. training) and the rest.
    /// Splitting in time, not at random, keeps the future out of training.
    /// </summary>
    public (TimeSeries Before, TimeSeries After) SplitAt(int at) => (Slice(0, at), Slice(at, Length));

    /// <summary>
    /// Splits the series into blocks of <paramref name="blockLength"/> steps and hands every
    /// <paramref name="validationEvery"/>-th block (starting with block <paramref name="firstValidationBlock"/>) to
    /// validation, the rest to training; neighbouring blocks of the same side are merged into one part.
    /// </summary>
    /// <remarks>
    /// Use it when a training file drifts: a validation part taken only from its end sees a later regime than the
    /// training part ever did, so early stopping and thresholds chosen there are off. Interleaved blocks let both
    /// sides see the whole period. Cut windows from each part separately (as <see cref="WindowDetector"/> does) so no
    /// window spans a join.
    /// </remarks>
    /// <returns>The training parts and the validation parts, each in time order.</returns>
    public (IReadOnlyList<TimeSeries> Training, IReadOnlyList<TimeSeries> Validation) InterleavedSplit(int blockLength, int validationEvery, int firstValidationBlock = 0)
    {
        InvalidOptionException.ThrowUnless(blockLength >= 1 && blockLength <= Length, nameof(blockLength), blockLength, $"in [1, series length {Length}]");
        InvalidOptionException.ThrowUnless(validationEvery >= 2, nameof(validationEvery), validationEvery, "at least 2 (else nothing is left for training)");
        InvalidOptionException.ThrowUnless(firstValidationBlock >= 0 && firstValidationBlock < validationEvery, nameof(firstValidationBlock), firstValidationBlock, $"in [0, {validationEvery})");
        var training = new List<TimeSeries>();
        var validation = new List<TimeSeries>();
        int blocks = (Length + blockLength - 1) / blockLength;
        int partStart = 0;
        for (int b = 0; b < blocks; b++)
        {
            bool isValidation = b % validationEvery == firstValidationBlock;
            bool nextIsValidation = (b + 1) % validationEvery == firstValidationBlock;
            if (b < blocks - 1 && isValidation == nextIsValidation) continue;
            int end = Math.Min(Length, (b + 1) * blockLength);
            (isValidation ? validation : training).Add(Slice(partStart, end));
            partStart = end;
        }
        if (training.Count == 0 || validation.Count == 0)
            throw new ArgumentException($"{SourceFile}: {Length} steps in blocks of {blockLength} leave no {(training.Count == 0 ? "training" : "validation")} block.", nameof(blockLength));
        return (training, validation);
    }

    /// <summary>
    /// The parts one after another as one series (values, labels; timestamps when every part has them). For statistics
    /// over several parts, e.g. <see cref="Standardizer.Fit"/>; do not cut windows across the joins.
    /// </summary>
    public static TimeSeries Concat(IReadOnlyList<TimeSeries> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        if (parts.Count == 0) throw new ArgumentException("No parts to join.", nameof(parts));
        int channels = parts[0].ChannelCount;
        var odd = parts.FirstOrDefault(p => p.ChannelCount != channels);
        if (odd is not null)
            throw new ArgumentException($"{odd.SourceFile} has {odd.ChannelCount} channels but {parts[0].SourceFile} has {channels}.", nameof(parts));
        return new TimeSeries(
            Enumerable.Range(0, channels).Select(c => parts.SelectMany(p => p.Channels[c]).ToArray()).ToArray(),
            parts.All(p => p.Timestamps is not null) ? parts.SelectMany(p => p.Timestamps!).ToArray() : null,
            parts.SelectMany(p => p.Labels).ToArray(),
            parts[0].ChannelNames,
            parts[0].SourceFile);
    }

    /// <summary>The first step whose timestamp is at or after <paramref name="time"/>, or T when none is.</summary>
    public int IndexAtOrAfter(DateTime time)
    {
        var timestamps = Timestamps ?? throw new InvalidOperationException($"{SourceFile} has no timestamps.");
        for (int t = 0; t < timestamps.Length; t++)
        {
            if (timestamps[t] >= time) return t;
        }
        return timestamps.Length;
    }
}
