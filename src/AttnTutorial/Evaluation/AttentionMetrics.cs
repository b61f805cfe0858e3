namespace AttnTutorial.Evaluation;

/// <summary>
/// Does the model look where the anomaly is? Measures of one series' attention weights α₁…α_T
/// (already mapped to the time axis) against its true anomaly span [start, end). For a whole set of series
/// see <see cref="AttentionSummary"/>.
/// Introduced in chapter 04.
/// </summary>
/// <remarks>
/// Every method rejects empty weights and NaN weights with an <see cref="ArgumentException"/> naming
/// <c>weights</c>, and a span outside [0, T] or with start ≥ end with an <see cref="ArgumentOutOfRangeException"/>
/// naming <c>start</c> or <c>end</c>.
/// </remarks>
public static class AttentionMetrics
{
    /// <summary>
    /// The course's hit-rate variant of the seed's attention accuracy, for one series: the attention peak
    /// t* = argmax α_t (the first one on a tie), widened to the window [t* − window, t* + window], overlaps the
    /// anomaly [start, end). Averaged over series it is a hit rate; chapter 07 sets it beside the seed's own
    /// <see cref="SeedAttentionAccuracy"/>, which divides the overlap by the anomaly's length.
    /// </summary>
    /// <param name="weights">Attention weights, length T.</param>
    /// <param name="start">First anomalous time step.</param>
    /// <param name="end">One past the last anomalous time step (exclusive).</param>
    /// <param name="window">Tolerance in time steps on each side of the peak; 0 demands the peak itself lies inside.</param>
    public static bool PeakHitsAnomaly(IReadOnlyList<float> weights, int start, int end, int window = 10)
    {
        ValidateWeights(weights);
        ValidateSpan(weights.Count, start, end);
        ArgumentOutOfRangeException.ThrowIfNegative(window);
        var peak = ArgMax(weights);
        return peak - window < end && peak + window >= start;
    }

    /// <summary>
    /// The seed's <c>attention_accuracy</c> for one series, literally: the window [t* − window, t* + window] around the
    /// attention peak t* = argmax α_t (the first one on a tie), clipped to the series, overlaps the anomaly [start, end)
    /// in some number of steps; the score is that overlap divided by the anomaly's length. Unlike
    /// <see cref="PeakHitsAnomaly"/> (hit or miss) it is a fraction, and it penalises long anomalies: a window of
    /// 2·window + 1 steps can cover at most (2·window + 1) / length of one, so a perfect peak inside a 250-step anomaly
    /// scores 21 / 250 = 0.084.
    /// </summary>
    /// <param name="weights">Attention weights, length T.</param>
    /// <param name="start">First anomalous time step.</param>
    /// <param name="end">One past the last anomalous time step (exclusive).</param>
    /// <param name="window">Half-width of the window in time steps; the seed uses 10.</param>
    /// <returns>A share in [0, 1].</returns>
    public static double SeedAttentionAccuracy(IReadOnlyList<float> weights, int start, int end, int window = 10)
    {
        ValidateWeights(weights);
        ValidateSpan(weights.Count, start, end);
        ArgumentOutOfRangeException.ThrowIfNegative(window);
        var peak = ArgMax(weights);
        int from = Math.Max(Math.Max(0, peak - window), start);
        int to = Math.Min(Math.Min(weights.Count, peak + window + 1), end);
        return Math.Max(0, to - from) / (double)(end - start);
    }

    /// <summary>Attention mass inside the anomaly: Σ α_t for t in [start, end). With weights summing to 1 this is a share.</summary>
    /// <param name="weights">Attention weights, length T.</param>
    /// <param name="start">First anomalous time step.</param>
    /// <param name="end">One past the last anomalous time step (exclusive).</param>
    public static double MassInside(IReadOnlyList<float> weights, int start, int end)
    {
        ValidateWeights(weights);
        ValidateSpan(weights.Count, start, end);
        double mass = 0;
        for (var t = start; t < end; t++)
        {
            mass += weights[t];
        }

        return mass;
    }

    /// <summary>
    /// Shannon entropy −Σ α_t ln α_t in nats (0 · ln 0 = 0): 0 when all attention sits on one step, ln T when
    /// it is uniform. The weights are divided by their sum first, so softmax rounding does not matter.
    /// </summary>
    /// <param name="weights">Non-negative attention weights, length T, not all zero.</param>
    public static double Entropy(IReadOnlyList<float> weights)
    {
        ValidateWeights(weights);
        double total = 0;
        for (var t = 0; t < weights.Count; t++)
        {
            if (weights[t] < 0)
            {
                throw new ArgumentException($"weights[{t}] is {weights[t]}; attention weights cannot be negative.", nameof(weights));
            }

            total += weights[t];
        }

        if (total <= 0)
        {
            throw new ArgumentException("weights are all zero; entropy needs a distribution.", nameof(weights));
        }

        double entropy = 0;
        foreach (var w in weights)
        {
            if (w > 0)
            {
                var p = w / total;
                entropy -= p * Math.Log(p);
            }
        }

        return entropy;
    }

    /// <summary>
    /// <see cref="Entropy"/> divided by ln T, so series of different lengths compare: 0 = one step holds all
    /// attention, 1 = uniform. A single step (T = 1) gives 0.
    /// </summary>
    /// <param name="weights">Non-negative attention weights, length T, not all zero.</param>
    public static double NormalizedEntropy(IReadOnlyList<float> weights)
    {
        var entropy = Entropy(weights);
        return weights.Count == 1 ? 0 : entropy / Math.Log(weights.Count);
    }

    private static int ArgMax(IReadOnlyList<float> weights)
    {
        var best = 0;
        for (var t = 1; t < weights.Count; t++)
        {
            if (weights[t] > weights[best])
            {
                best = t;
            }
        }

        return best;
    }

    private static void ValidateWeights(IReadOnlyList<float> weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        if (weights.Count == 0)
        {
            throw new ArgumentException("weights is empty; attention needs at least one time step.", nameof(weights));
        }

        for (var t = 0; t < weights.Count; t++)
        {
            if (float.IsNaN(weights[t]))
            {
                throw new ArgumentException($"weights[{t}] is NaN.", nameof(weights));
            }
        }
    }

    private static void ValidateSpan(int length, int start, int end)
    {
        if (start < 0 || start >= length)
        {
            throw new ArgumentOutOfRangeException(nameof(start), start, $"start must lie in [0, {length}) for {length} weights.");
        }

        if (end <= start || end > length)
        {
            throw new ArgumentOutOfRangeException(nameof(end), end, $"end must lie in ({start}, {length}] (exclusive end after start {start}).");
        }
    }
}
