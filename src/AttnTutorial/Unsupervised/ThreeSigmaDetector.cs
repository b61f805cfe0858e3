using AttnTutorial.RealData;

namespace AttnTutorial.Unsupervised;

/// <summary>
/// The 3σ rule as a detector: a step's score is its largest per-channel |z| = max_c |x_{t,c} − μ_c| / σ_c with μ and
/// σ from the training part (<see cref="ZScoreBaseline"/>), and the rule alarms where the score exceeds
/// <see cref="Sigmas"/>. Per step and unsmoothed, so causal by nature. Introduced in chapter 13.
/// </summary>
/// <remarks>
/// The threshold-free metrics rank steps by the score and ignore <see cref="Sigmas"/>; <see cref="Alarms"/> is the
/// rule itself, for event counts. <see cref="SmoothedZScoreDetector"/> is the same score averaged over the
/// chapter's windows.
/// </remarks>
public sealed class ThreeSigmaDetector : IUnsupervisedDetector
{
    private ZScoreBaseline? _baseline;

    /// <summary>A 3σ rule, or a kσ rule with another <paramref name="sigmas"/>.</summary>
    /// <param name="sigmas">Alarm when the largest |z| exceeds this. Default 3, greater than 0.</param>
    public ThreeSigmaDetector(double sigmas = 3)
    {
        InvalidOptionException.ThrowUnless(sigmas > 0 && double.IsFinite(sigmas), nameof(sigmas), sigmas, "a positive number");
        Sigmas = sigmas;
    }

    /// <inheritdoc/>
    public string Name => Sigmas == 3 ? "3σ rule" : $"{Sigmas}σ rule";

    /// <summary>k of the kσ rule.</summary>
    public double Sigmas { get; }

    /// <inheritdoc/>
    public void Fit(TimeSeries train, int seed) => _baseline = ZScoreBaseline.Fit(train ?? throw new ArgumentNullException(nameof(train)));

    /// <inheritdoc/>
    public float[] Score(TimeSeries series)
    {
        var baseline = FittedState.Require(_baseline, Name);
        FittedState.CheckSeries(series, baseline.Standardizer.Mean.Count, Name);
        return baseline.Score(series);
    }

    /// <summary>The rule's alarms: true where the largest |z| exceeds <see cref="Sigmas"/> (length T).</summary>
    public bool[] Alarms(TimeSeries series) => Score(series).Select(s => s > Sigmas).ToArray();
}
