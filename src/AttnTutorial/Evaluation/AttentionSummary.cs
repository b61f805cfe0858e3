using AttnTutorial.Data;

namespace AttnTutorial.Evaluation;

/// <summary>
/// How well attention lines up with the injected anomalies over a set of series. Only anomalous series count,
/// since a normal series has no anomaly to point at. Used from chapter 08 on (chapter 07 computes the same
/// measures one by one with <see cref="AttentionMetrics"/>) and in the command line's <c>train</c> summary.
/// </summary>
/// <param name="AnomalousCount">Anomalous series summarised.</param>
/// <param name="MeanMassInside">Mean over anomalous series of Σ α_t inside the anomaly.</param>
/// <param name="MeanSpanShare">Mean share of time steps inside the anomaly: the mass uniform attention would put there.</param>
/// <param name="PeakHitRate">Share of anomalous series whose attention peak, widened by ±10 steps, overlaps the anomaly: the course's hit-rate variant of the seed's attention accuracy (chapter 07; the seed's own is <see cref="AttentionMetrics.SeedAttentionAccuracy"/>).</param>
public sealed record AttentionSummary(int AnomalousCount, double MeanMassInside, double MeanSpanShare, double PeakHitRate)
{
    /// <summary>Summarises <paramref name="weights"/> (one array per series, on the time axis) against the samples' spans.</summary>
    public static AttentionSummary Of(IReadOnlyList<SeriesSample> samples, IReadOnlyList<float[]> weights, int window = 10)
    {
        if (samples.Count != weights.Count)
            throw new ArgumentException($"{samples.Count} samples but {weights.Count} weight arrays.", nameof(weights));
        int count = 0, hits = 0;
        double mass = 0, share = 0;
        for (int i = 0; i < samples.Count; i++)
        {
            if (samples[i].AnomalySpan is not var (start, end)) continue;
            if (weights[i].Length != samples[i].Length)
                throw new ArgumentException($"weights[{i}] has {weights[i].Length} steps but samples[{i}] has {samples[i].Length}; map attention to the time axis first.", nameof(weights));
            count++;
            mass += AttentionMetrics.MassInside(weights[i], start, end);
            share += (double)(end - start) / samples[i].Length;
            if (AttentionMetrics.PeakHitsAnomaly(weights[i], start, end, window)) hits++;
        }
        return count == 0
            ? new AttentionSummary(0, double.NaN, double.NaN, double.NaN)
            : new AttentionSummary(count, mass / count, share / count, (double)hits / count);
    }
}
