namespace AttnTutorial.Evaluation;

/// <summary>
/// Attention weights used as a localiser: turn one series' weights α₁…α_T (on the time axis) into flagged time steps,
/// and measure how well flagged steps overlap the true anomaly. Lets chapter 11 compare attention with a point-wise
/// detector on the same footing (<see cref="PointwiseMetrics"/> takes the flags as 0/1 scores).
/// </summary>
public static class AttentionLocalisation
{
    /// <summary>
    /// Flags the steps whose weight is at least <paramref name="factor"/> times the uniform weight 1/T. Relative to
    /// uniform so the rule means the same for any T: factor 2 = "twice the attention a step gets by default".
    /// </summary>
    /// <param name="weights">Attention weights, length T.</param>
    /// <param name="factor">Multiple of 1/T a weight must reach; positive. Default 2.</param>
    public static bool[] AboveUniform(IReadOnlyList<float> weights, double factor = 2.0)
    {
        ValidateWeights(weights);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(factor);
        double limit = factor / weights.Count;
        return weights.Select(w => w >= limit).ToArray();
    }

    /// <summary>Flags the <paramref name="k"/> steps with the largest weights (earlier steps win ties).</summary>
    /// <param name="weights">Attention weights, length T.</param>
    /// <param name="k">How many steps to flag, in [0, T].</param>
    public static bool[] TopK(IReadOnlyList<float> weights, int k)
    {
        ValidateWeights(weights);
        ArgumentOutOfRangeException.ThrowIfNegative(k);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(k, weights.Count);
        var flagged = new bool[weights.Count];
        foreach (int t in Enumerable.Range(0, weights.Count).OrderByDescending(t => weights[t]).ThenBy(t => t).Take(k)) flagged[t] = true;
        return flagged;
    }

    /// <summary>The longest run of flagged steps as [Start, End) (the first on a tie), or null when nothing is flagged.</summary>
    public static (int Start, int End)? LongestSpan(IReadOnlyList<bool> flagged)
    {
        (int Start, int End)? best = null;
        foreach (var span in PointwiseMetrics.Segments(flagged))
        {
            if (best is null || span.End - span.Start > best.Value.End - best.Value.Start) best = span;
        }
        return best;
    }

    /// <summary>
    /// Intersection over union of two sets of time steps: |A ∩ B| / |A ∪ B|, 1 for a perfect match, 0 for no overlap.
    /// </summary>
    /// <returns>The IoU in [0, 1], or null when both are empty (nothing to compare, e.g. a normal series with no flags).</returns>
    public static double? IntersectionOverUnion(IReadOnlyList<bool> predicted, IReadOnlyList<bool> truth)
    {
        if (predicted.Count != truth.Count)
            throw new ArgumentException($"predicted has {predicted.Count} steps but truth has {truth.Count}.", nameof(predicted));
        int intersection = 0, union = 0;
        for (int t = 0; t < truth.Count; t++)
        {
            intersection += predicted[t] && truth[t] ? 1 : 0;
            union += predicted[t] || truth[t] ? 1 : 0;
        }
        return union == 0 ? null : (double)intersection / union;
    }

    private static void ValidateWeights(IReadOnlyList<float> weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        if (weights.Count == 0) throw new ArgumentException("weights is empty.", nameof(weights));
        if (weights.Any(float.IsNaN)) throw new ArgumentException("weights contain NaN.", nameof(weights));
    }
}
