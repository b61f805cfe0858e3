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
