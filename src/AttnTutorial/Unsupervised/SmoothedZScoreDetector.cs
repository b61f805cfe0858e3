using AttnTutorial.RealData;

namespace AttnTutorial.Unsupervised;

/// <summary>
/// The largest per-channel |z| (<see cref="ZScoreBaseline"/>, μ and σ from the training part), averaged over the
/// window ending at each step (<see cref="BaselineSmoothing.Causal"/>): the 3σ rule's score smoothed with the same
/// windows as the window-based detectors it is compared with. Introduced in chapter 13.
/// </summary>
public sealed class SmoothedZScoreDetector : IUnsupervisedDetector
{
    private ZScoreBaseline? _baseline;

    /// <summary>A smoothed z-score over <paramref name="windows"/>.</summary>
    /// <param name="windows">Window length L and stride of the smoothing.</param>
    public SmoothedZScoreDetector(WindowOptions windows)
    {
        ArgumentNullException.ThrowIfNull(windows);
        Windows = windows.Validate();
    }

    /// <inheritdoc/>
    public string Name => "smoothed |z|";

    /// <summary>Window length and stride of the smoothing.</summary>
    public WindowOptions Windows { get; }

    /// <inheritdoc/>
    public void Fit(TimeSeries train, int seed) => _baseline = ZScoreBaseline.Fit(train ?? throw new ArgumentNullException(nameof(train)));

    /// <inheritdoc/>
    public float[] Score(TimeSeries series)
    {
        var baseline = FittedState.Require(_baseline, Name);
        FittedState.CheckSeries(series, baseline.Standardizer.Mean.Count, Name);
        return BaselineSmoothing.Causal(baseline.Score(series), Windows);
    }
}
