using AttnTutorial.Data;

namespace AttnTutorial.RealData;

/// <summary>Training windows with injected anomalies, ready for <see cref="SeriesDataset.Create"/>.</summary>
/// <param name="Samples">Each original window (label 0) followed by its anomalous copies (label 1, mask on the injected steps, <see cref="SeriesSample.AnomalousChannels"/> set).</param>
/// <param name="Kinds">Per sample, what was injected, or null for an original window. (<see cref="SeriesSample.Kind"/> names the synthetic generator's kinds and stays <see cref="AnomalyKind.None"/> here.)</param>
public sealed record InjectedWindows(IReadOnlyList<SeriesSample> Samples, IReadOnlyList<WindowAnomaly?> Kinds);
