using AttnTutorial.RealData;
using TorchSharp;
using static TorchSharp.torch;

namespace AttnTutorial.Unsupervised;

/// <summary>
/// Windows of one or more long series in z units, as a tensor the <see cref="WindowTrainer"/> draws batches from:
/// the values are held once, (T, C), and a batch of windows (batch, L, C) is gathered from them on demand.
/// Introduced in chapter 13; chapter 14's forecasters train on it too.
/// </summary>
/// <remarks>
/// <para>The windows start where <see cref="SlidingWindows.Starts"/> puts them (every <see cref="WindowOptions.Stride"/>
/// steps, plus one flush with the end) and the values are scaled by a <see cref="Standardizer"/> fitted on the
/// training part, so training, validation and scoring windows share one scale.</para>
/// <para><see cref="SlidingWindows.Cut"/> copies every window into its own arrays; scoring every step of SMD machine-2-1's
/// 23,694 test steps × 38 channels with L = 48 that way would hold 43 million floats (173 MB) twice, as arrays and as a tensor. Here the
/// series is held once and each batch costs only its own (batch, L, C).</para>
/// <para>Several parts (e.g. from <see cref="TimeSeries.InterleavedSplit"/>) are cut each on its own, so no window spans
/// a join.</para>
/// </remarks>
public sealed class UnlabelledWindows : IDisposable
{
    private readonly Tensor _values;
    private readonly Tensor _starts;
    private readonly Tensor _offsets;

    private UnlabelledWindows(Tensor values, long[] starts, int length, int[] partStarts, int[] partLengths)
    {
        _values = values;
        _starts = tensor(starts);
        _offsets = arange(length, dtype: ScalarType.Int64);
        Starts = starts.Select(s => (int)s).ToArray();
        Length = length;
        PartStarts = partStarts;
        PartLengths = partLengths;
    }

    /// <summary>The standardized values of all parts one after another, float32 (T, C).</summary>
    public Tensor Values => _values;

    /// <summary>Steps per window L.</summary>
    public int Length { get; }

    /// <summary>Number of windows N.</summary>
    public int Count => Starts.Length;

    /// <summary>Channels C.</summary>
    public int ChannelCount => (int)_values.shape[1];

    /// <summary>First step of each window on the axis of <see cref="Values"/> (for one part: the series' own steps), rising.</summary>
    public int[] Starts { get; }

    /// <summary>Where each part begins on the axis of <see cref="Values"/>.</summary>
    public int[] PartStarts { get; }

    /// <summary>Steps in each part.</summary>
    public int[] PartLengths { get; }

    /// <summary>Cuts one series into windows of <see cref="WindowOptions.Length"/> every <see cref="WindowOptions.Stride"/> steps.</summary>
    /// <param name="series">C channels × T steps, no missing values.</param>
    /// <param name="standardizer">Fitted on the training part (<see cref="Standardizer.Fit"/>); it clips |z| at its <see cref="Standardizer.Clip"/>.</param>
    /// <param name="windows">Length and stride (<see cref="WindowOptions.MinAnomalousSteps"/> is not used: nothing here is labelled).</param>
    /// <exception cref="ArgumentException">The series has missing values, has other channels than the standardizer, or is shorter than one window; the message names the file.</exception>
    public static UnlabelledWindows Cut(TimeSeries series, Standardizer standardizer, WindowOptions windows)
    {
        ArgumentNullException.ThrowIfNull(series);
        return Cut([series], standardizer, windows);
    }

    /// <summary>Cuts each part into windows on its own and puts them together.</summary>
    /// <inheritdoc cref="Cut(TimeSeries, Standardizer, WindowOptions)"/>
    public static UnlabelledWindows Cut(IReadOnlyList<TimeSeries> parts, Standardizer standardizer, WindowOptions windows)
    {
        ArgumentNullException.ThrowIfNull(parts);
        ArgumentNullException.ThrowIfNull(standardizer);
        ArgumentNullException.ThrowIfNull(windows);
        windows.Validate();
        if (parts.Count == 0) throw new ArgumentException("No series to cut.", nameof(parts));
        var starts = new List<long>();
        var partStarts = new int[parts.Count];
        var partLengths = new int[parts.Count];
        int total = 0;
        for (int p = 0; p < parts.Count; p++)
        {
            var part = parts[p];
            standardizer.CheckChannels(part);
            var missing = MissingValues.Detect(part);
            if (missing.Any)
                throw new ArgumentException($"{part.SourceFile} has {missing.Total} missing values; fill them first (MissingValues.Fill). {missing}", nameof(parts));
            if (part.Length < windows.Length)
                throw new ArgumentException($"{part.SourceFile} has {part.Length} steps, fewer than one window of {windows.Length} (WindowOptions.Length).", nameof(parts));
            partStarts[p] = total;
            partLengths[p] = part.Length;
            starts.AddRange(SlidingWindows.Starts(part.Length, windows).Select(s => (long)(total + s)));
            total += part.Length;
        }

        int channels = parts[0].ChannelCount;
        var values = new float[(long)total * channels];
        int offset = 0;
        foreach (var part in parts)
        {
            var z = standardizer.Transform(part);
            for (int c = 0; c < channels; c++)
            {
                var column = z.Channels[c];
                for (int t = 0; t < column.Length; t++) values[(long)(offset + t) * channels + c] = column[t];
            }
            offset += part.Length;
        }
        return new UnlabelledWindows(tensor(values, [total, channels]), starts.ToArray(), windows.Length, partStarts, partLengths);
    }

    /// <summary>The windows at <paramref name="index"/>, gathered from <see cref="Values"/>.</summary>
    /// <param name="index">Window numbers, int64 (batch).</param>
    /// <returns>float32 (batch, L, C), on the CPU.</returns>
    public Tensor Batch(Tensor index)
    {
        ArgumentNullException.ThrowIfNull(index);
        using var scope = NewDisposeScope();
        long batch = index.shape[0];
        var positions = _starts.index_select(0, index.to(ScalarType.Int64)).unsqueeze(1) + _offsets; // (batch, L)
        return _values.index_select(0, positions.flatten()).view(batch, Length, ChannelCount).MoveToOuterDisposeScope();
    }

    /// <summary>Windows <paramref name="first"/> .. <paramref name="first"/> + <paramref name="count"/> − 1, float32 (count, L, C).</summary>
    public Tensor Batch(int first, int count)
    {
        if (first < 0 || count < 1 || first + count > Count)
            throw new ArgumentOutOfRangeException(nameof(count), $"windows [{first}, {first + count}) are not inside [0, {Count}).");
        using var index = arange(first, first + count, dtype: ScalarType.Int64);
        return Batch(index);
    }

    /// <summary>Frees the tensors.</summary>
    public void Dispose()
    {
        _values.Dispose();
        _starts.Dispose();
        _offsets.Dispose();
    }
}
