using AttnTutorial.RealData;

namespace AttnTutorial.Unsupervised;

/// <summary>
/// PCA reconstruction error (<see cref="PcaBaseline"/>: z-scored channels, the components explaining a share of the
/// training variance, the squared distance from their span), averaged over the window ending at each step
/// (<see cref="BaselineSmoothing.Causal"/>). Introduced in chapter 12 as a baseline, a detector in chapter 13.
/// </summary>
/// <remarks>
/// On one channel, PCA over channels has nothing to reconstruct (one component explains everything, every error is
/// 0). There the detector works on the window instead, as TSB-AD's PCA does: the "channels" are the last L values
/// x_t, x_{t−1}, …, x_{t−L+1} (the first steps repeat x_0), so the components are the training windows' usual shapes
/// and the error measures how unusual the shape of the last L steps is.
/// </remarks>
public sealed class PcaDetector : IUnsupervisedDetector
{
    private PcaBaseline? _pca;
    private int _channels;

    /// <summary>A PCA detector smoothed over <paramref name="windows"/>.</summary>
    /// <param name="windows">Window length L and stride of the smoothing (and the lags on one channel).</param>
    /// <param name="varianceShare">Keep the fewest components explaining this share of the training variance, in (0, 1]. Default 0.9, as in chapter 12.</param>
    public PcaDetector(WindowOptions windows, double varianceShare = 0.9)
    {
        ArgumentNullException.ThrowIfNull(windows);
        InvalidOptionException.ThrowUnless(varianceShare is > 0 and <= 1, nameof(varianceShare), varianceShare, "in (0, 1]");
        Windows = windows.Validate();
        VarianceShare = varianceShare;
    }

    /// <inheritdoc/>
    public string Name => "PCA error";

    /// <summary>Window length and stride of the smoothing.</summary>
    public WindowOptions Windows { get; }

    /// <summary>The share of training variance the kept components explain at least.</summary>
    public double VarianceShare { get; }

    /// <summary>The fitted PCA, or null before <see cref="Fit"/>.</summary>
    public PcaBaseline? Fitted => _pca;

    /// <inheritdoc/>
    public void Fit(TimeSeries train, int seed)
    {
        ArgumentNullException.ThrowIfNull(train);
        _pca = PcaBaseline.Fit(Input(train), VarianceShare);
        _channels = train.ChannelCount;
    }

    /// <inheritdoc/>
    public float[] Score(TimeSeries series)
    {
        var pca = FittedState.Require(_pca, Name);
        FittedState.CheckSeries(series, _channels, Name);
        return BaselineSmoothing.Causal(pca.Score(Input(series)), Windows);
    }

    /// <summary>The series itself, or on one channel its last L values per step as L channels.</summary>
    private TimeSeries Input(TimeSeries series)
    {
        if (series.ChannelCount > 1) return series;
        var x = series.Channels[0];
        var lags = new float[Windows.Length][];
        for (int k = 0; k < lags.Length; k++)
        {
            lags[k] = new float[x.Length];
            for (int t = 0; t < x.Length; t++) lags[k][t] = x[Math.Max(0, t - k)];
        }
        return series with { Channels = lags, ChannelNames = Enumerable.Range(0, lags.Length).Select(k => $"{series.ChannelNames[0]} (t−{k})").ToArray() };
    }
}
