using AttnTutorial.Data;

namespace AttnTutorial.RealData;

/// <summary>
/// Cuts a long series into overlapping fixed-length windows, each a <see cref="SeriesSample"/>, so the
/// synthetic chapters' <see cref="SeriesDataset"/>, <see cref="Training.Trainer"/> and <see cref="Training.Predictor"/>
/// work on real data unchanged.
/// </summary>
/// <remarks>
/// Windows start at 0, Stride, 2·Stride, … and one more window is added flush with the end when the stride does
/// not land there, so every step is covered by at least one window. A window's mask is the series' labels over
/// its steps; its label is 1 when at least <see cref="WindowOptions.MinAnomalousSteps"/> steps are labelled, and
/// then its anomaly span runs from the first to the last labelled step. Real windows leave
/// <see cref="SeriesSample.Kind"/> as <see cref="AnomalyKind.None"/> (nothing was injected) and
/// <see cref="SeriesSample.AnomalousChannels"/> empty (the labels do not say).
/// </remarks>
public static class SlidingWindows
{
    /// <summary>The window starts for a series of <paramref name="seriesLength"/> steps.</summary>
    /// <exception cref="ArgumentException">The series is shorter than one window.</exception>
    public static int[] Starts(int seriesLength, WindowOptions options)
    {
        options.Validate();
        if (seriesLength < options.Length)
            throw new ArgumentException($"The series has {seriesLength} steps, fewer than one window of {options.Length}.", nameof(seriesLength));
        var starts = new List<int>();
        for (int start = 0; start + options.Length <= seriesLength; start += options.Stride) starts.Add(start);
        if (starts[^1] + options.Length < seriesLength) starts.Add(seriesLength - options.Length);
        return starts.ToArray();
    }

    /// <summary>Cuts <paramref name="series"/> into windows.</summary>
    /// <exception cref="ArgumentException">The series still has missing values (fill them first with <see cref="MissingValues.Fill"/>), or is shorter than one window.</exception>
    public static SeriesWindows Cut(TimeSeries series, WindowOptions options)
    {
        ArgumentNullException.ThrowIfNull(series);
        var missing = MissingValues.Detect(series);
        if (missing.Any)
            throw new ArgumentException($"{series.SourceFile} has {missing.Total} missing values; fill them first (MissingValues.Fill). {missing}", nameof(series));
        var starts = Starts(series.Length, options);
        var samples = starts.Select(start => Window(series, start, options)).ToArray();
        return new SeriesWindows(samples, starts, options.Length, series.Length);
    }

    /// <summary>The one window of <paramref name="series"/> that starts at step <paramref name="start"/>.</summary>
    public static SeriesSample Window(TimeSeries series, int start, WindowOptions options)
    {
        ArgumentNullException.ThrowIfNull(series);
        int end = start + options.Length;
        var channels = series.Channels.Select(c => c[start..end]).ToArray();
        var mask = series.Labels[start..end];
        int labelled = mask.Count(m => m);
        if (labelled < options.MinAnomalousSteps)
            return new SeriesSample(channels, 0, mask, AnomalyKind.None, -1, -1, []);
        return new SeriesSample(channels, 1, mask, AnomalyKind.None, Array.IndexOf(mask, true), Array.LastIndexOf(mask, true) + 1, []);
    }
}
