using AttnTutorial.Data;

namespace AttnTutorial.Models.Rules;

/// <summary>
/// A rule made for the seed's anomaly: a stuck sensor repeats its value, so its first differences are zero. The series'
/// score is the longest run of (near-)unchanged values in any channel, as a fraction of the length T: about 0 for a
/// moving sine, 0.1–0.5 for the seed's flat segments. Noise and spikes keep moving, so it misses them.
/// </summary>
/// <remarks>
/// Step t counts as unchanged when |x_t − x_{t−1}| ≤ <see cref="Tolerance"/> × (max − min of that channel). A run of
/// k unchanged steps means k + 1 equal values, and the run's points are all k + 1 of them.
/// </remarks>
public sealed class FirstDifferenceRule : IAnomalyRule
{
    /// <summary>Creates the rule.</summary>
    /// <param name="tolerance">Largest change, as a fraction of the channel's range, still counted as "unchanged". Default 1e-4:
    /// near a sine's crest a few steps fall below it, far fewer than an injected segment.</param>
    public FirstDifferenceRule(double tolerance = 1e-4)
    {
        InvalidOptionException.ThrowUnless(tolerance >= 0 && double.IsFinite(tolerance), nameof(tolerance), tolerance, "0 or a positive number");
        Tolerance = tolerance;
    }

    /// <summary>Largest change, as a fraction of the channel's range, counted as unchanged.</summary>
    public double Tolerance { get; }

    /// <inheritdoc/>
    public string Name => "first difference";

    /// <summary>Longest run of unchanged values over all channels, divided by T; 0 when nothing repeats.</summary>
    public float Score(SeriesSample sample) => PointScores(sample).Max();

    /// <summary>Per time step: the length (÷ T) of the longest unchanged run containing it in any channel, else 0.</summary>
    public float[] PointScores(SeriesSample sample)
    {
        int length = sample.Length;
        var scores = new float[length];
        foreach (var values in sample.Channels)
        {
            float range = values.Max() - values.Min();
            double limit = Tolerance * range;
            int t = 1;
            while (t < length)
            {
                if (Math.Abs(values[t] - values[t - 1]) > limit) { t++; continue; }
                int first = t - 1; // the value that was held
                while (t < length && Math.Abs(values[t] - values[t - 1]) <= limit) t++;
                float score = (float)(t - first) / length;
                for (int k = first; k < t; k++) scores[k] = Math.Max(scores[k], score);
            }
        }
        return scores;
    }
}
