using System.Globalization;

namespace AttnTutorial.Evaluation;

/// <summary>
/// One number measured once per training seed: its mean and sample standard deviation. Claims that compare recipes
/// use <see cref="Compare"/>, which calls a gap within two standard deviations a tie. Introduced in chapter 08.
/// </summary>
/// <param name="Seeds">The seeds, in run order.</param>
/// <param name="Values">The value per seed, in the order of <paramref name="Seeds"/>.</param>
public sealed record SeedSummary(IReadOnlyList<int> Seeds, IReadOnlyList<double> Values)
{
    /// <summary>The mean over seeds.</summary>
    public double Mean => Values.Average();

    /// <summary>The sample standard deviation over seeds (n − 1 in the denominator); 0 for a single seed.</summary>
    public double StandardDeviation
    {
        get
        {
            if (Values.Count < 2) return 0;
            double mean = Mean;
            return Math.Sqrt(Values.Sum(v => (v - mean) * (v - mean)) / (Values.Count - 1));
        }
    }

    /// <summary>The lowest value over seeds.</summary>
    public double Min => Values.Min();

    /// <summary>The highest value over seeds.</summary>
    public double Max => Values.Max();

    /// <summary>
    /// "A" when this summary's mean is higher by more than two standard deviations (the larger of the two), "B" when
    /// the other's is, and "tie" otherwise: the course's rule for ranking claims.
    /// </summary>
    /// <param name="other">The recipe compared against, over the same seeds.</param>
    public string Compare(SeedSummary other)
    {
        ArgumentNullException.ThrowIfNull(other);
        double gap = Mean - other.Mean;
        double spread = 2 * Math.Max(StandardDeviation, other.StandardDeviation);
        return Math.Abs(gap) > spread ? (gap > 0 ? "A" : "B") : "tie";
    }

    /// <summary>E.g. "0.912 ± 0.013 (5 seeds)".</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Mean:0.000} ± {StandardDeviation:0.000} ({Values.Count} seed{(Values.Count == 1 ? "" : "s")})");
}
