using AttnTutorial.Data;

namespace AttnTutorial.Models.Rules;

/// <summary>
/// The classic statistical rule: z_t = (x_t − mean) / std within each channel of the series, and the series' score is
/// the largest |z_t| over time and channels. A sine wave never exceeds |z| ≈ 1.41, so spikes stand out at once; a flat
/// or zeroed segment stays inside the normal range and is invisible to it.
/// </summary>
public sealed class ZScoreRule : IAnomalyRule
{
    /// <summary>Creates the rule.</summary>
    /// <param name="onDifferences">Score first differences x_t − x_{t−1} (d_0 = 0) instead of values: catches jumps,
    /// noise bursts and the edges of a zeroed segment rather than extreme levels.</param>
    public ZScoreRule(bool onDifferences = false)
    {
        OnDifferences = onDifferences;
    }

    /// <summary>True when the rule scores first differences.</summary>
    public bool OnDifferences { get; }

    /// <inheritdoc/>
    public string Name => OnDifferences ? "z-score of differences" : "z-score";

    /// <summary>max over t and channels of |z_t|.</summary>
    public float Score(SeriesSample sample) => PointScores(sample).Max();

    /// <summary>|z_t|, the largest over channels, per time step. A constant channel scores 0 everywhere.</summary>
    public float[] PointScores(SeriesSample sample)
    {
        var scores = new float[sample.Length];
        foreach (var channel in sample.Channels)
        {
            var values = OnDifferences ? Differences(channel) : channel;
            double mean = values.Average(v => (double)v);
            double std = Math.Sqrt(values.Average(v => (v - mean) * (v - mean)));
            if (std <= 0) continue;
            for (int t = 0; t < values.Length; t++) scores[t] = Math.Max(scores[t], (float)(Math.Abs(values[t] - mean) / std));
        }
        return scores;
    }

    private static float[] Differences(float[] values)
    {
        var differences = new float[values.Length];
        for (int t = 1; t < values.Length; t++) differences[t] = values[t] - values[t - 1];
        return differences;
    }
}
