using AttnTutorial.Data;

namespace AttnTutorial.RealData;

/// <summary>Training windows with injected anomalies, ready for <see cref="SeriesDataset.Create"/>.</summary>
/// <param name="Samples">
/// Each original window (label 0, <see cref="AnomalyKind.None"/>) followed by its anomalous copies (label 1, the injected
/// <see cref="SeriesSample.Kind"/>, mask on the injected steps, <see cref="SeriesSample.AnomalousChannels"/> set).
/// </param>
public sealed record InjectedWindows(IReadOnlyList<SeriesSample> Samples)
{
    /// <summary>Per sample, what was injected (<see cref="AnomalyKind.None"/> for an original window).</summary>
    public IReadOnlyList<AnomalyKind> Kinds => Samples.Select(s => s.Kind).ToArray();
}
