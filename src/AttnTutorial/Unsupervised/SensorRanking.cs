using AttnTutorial.RealData;

namespace AttnTutorial.Unsupervised;

/// <summary>
/// Introduced in chapter 14. Root cause by ranking: which sensors deviated most over an anomalous stretch, from any
/// per-sensor score (a forecaster's <see cref="NormalisedDeviation"/>, a per-channel |z|).
/// </summary>
public static class SensorRanking
{
    /// <summary>Per sensor, the mean of its scores over <paramref name="range"/> (length = sensors).</summary>
    /// <param name="sensorScores">Scores <c>[sensor][step]</c>, every row of the same length T.</param>
    /// <param name="range">The stretch, inside [0, T).</param>
    public static float[] MeanOver(IReadOnlyList<IReadOnlyList<float>> sensorScores, StepRange range)
    {
        ArgumentNullException.ThrowIfNull(sensorScores);
        if (sensorScores.Count == 0) throw new ArgumentException("sensorScores has no sensors.", nameof(sensorScores));
        int length = sensorScores[0].Count;
        if (range.Start < 0 || range.End > length || range.Length < 1)
            throw new ArgumentOutOfRangeException(nameof(range), $"{range} is not a non-empty range inside [0, {length}).");
        var means = new float[sensorScores.Count];
        for (int s = 0; s < sensorScores.Count; s++)
        {
            if (sensorScores[s].Count != length)
                throw new ArgumentException($"sensor {s} has {sensorScores[s].Count} steps but sensor 0 has {length}.", nameof(sensorScores));
            double sum = 0;
            for (int t = range.Start; t < range.End; t++) sum += sensorScores[s][t];
            means[s] = (float)(sum / range.Length);
        }
        return means;
    }

    /// <summary>Every sensor, most deviating over <paramref name="range"/> first (ties: lower index first): the root-cause ranking.</summary>
    /// <inheritdoc cref="MeanOver"/>
    public static int[] Rank(IReadOnlyList<IReadOnlyList<float>> sensorScores, StepRange range)
    {
        var means = MeanOver(sensorScores, range);
        return ChannelAttribution.Top(means, means.Length);
    }
}
