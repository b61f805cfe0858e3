using AttnTutorial.Data;

namespace AttnTutorial.RealData;

/// <summary>A long series cut into windows: the windows as <see cref="SeriesSample"/>s and where each one starts.</summary>
/// <param name="Samples">One sample per window, each of length <paramref name="Length"/>, in time order; feed them to <see cref="MinMaxScaler.Fit"/> and <see cref="SeriesDataset.Create"/> as they are.</param>
/// <param name="Starts">The first step of each window on the series' time axis (same order as the samples).</param>
/// <param name="Length">Steps per window L.</param>
/// <param name="SeriesLength">Steps in the series that was cut, T.</param>
public sealed record SeriesWindows(IReadOnlyList<SeriesSample> Samples, int[] Starts, int Length, int SeriesLength)
{
    /// <summary>Number of windows.</summary>
    public int Count => Samples.Count;

    /// <summary>Number of windows labelled anomalous.</summary>
    public int AnomalousCount => Samples.Count(s => s.IsAnomalous);

    /// <summary>The steps window <paramref name="index"/> covers.</summary>
    public StepRange Span(int index) => new(Starts[index], Starts[index] + Length);
}
