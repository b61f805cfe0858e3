namespace AttnTutorial.RealData;

/// <summary>
/// A non-learned baseline to beat: each step's score is its largest per-channel |z-score|,
/// max_c |x_{t,c} − μ_c| / σ_c, with μ and σ fitted on the training part only.
/// </summary>
public sealed class ZScoreBaseline
{
    private readonly float[] _mean;
    private readonly float[] _std;

    private ZScoreBaseline(float[] mean, float[] std)
    {
        _mean = mean;
        _std = std;
    }

    /// <summary>Per-channel training mean μ_c.</summary>
    public IReadOnlyList<float> Mean => _mean;

    /// <summary>Per-channel training standard deviation σ_c, floored at the <c>minStd</c> given to <see cref="Fit"/>.</summary>
    public IReadOnlyList<float> Std => _std;

    /// <summary>Fits μ and σ per channel on <paramref name="training"/> (no missing values).</summary>
    /// <param name="training">The training part.</param>
    /// <param name="minStd">
    /// Floor for σ. A channel that is constant in training has σ = 0, and any later change would score infinity;
    /// the floor turns that into a large finite score. Default 1e-3 (SMD's metrics are scaled to [0, 1]).
    /// </param>
    public static ZScoreBaseline Fit(TimeSeries training, float minStd = 1e-3f)
    {
        ArgumentNullException.ThrowIfNull(training);
        InvalidOptionException.ThrowUnless(minStd > 0, nameof(minStd), minStd, "greater than 0");
        var mean = new float[training.ChannelCount];
        var std = new float[training.ChannelCount];
        for (int c = 0; c < training.ChannelCount; c++)
        {
            var values = training.Channels[c];
            if (values.Any(float.IsNaN)) throw new ArgumentException($"{training.SourceFile}: channel '{training.ChannelNames[c]}' has missing values; fill them first.", nameof(training));
            double m = values.Average(v => (double)v);
            double variance = values.Average(v => (v - m) * (v - m));
            mean[c] = (float)m;
            std[c] = Math.Max(minStd, (float)Math.Sqrt(variance));
        }
        return new ZScoreBaseline(mean, std);
    }

    /// <summary>|z| of channel <paramref name="channel"/> at step <paramref name="t"/>.</summary>
    public float AbsZ(TimeSeries series, int channel, int t)
    {
        ArgumentNullException.ThrowIfNull(series);
        return Math.Abs(series.Channels[channel][t] - _mean[channel]) / _std[channel];
    }

    /// <summary>The score per step (length T): the largest |z| over channels.</summary>
    public float[] Score(TimeSeries series)
    {
        CheckChannels(series);
        var scores = new float[series.Length];
        for (int t = 0; t < series.Length; t++)
        {
            float max = 0;
            for (int c = 0; c < series.ChannelCount; c++) max = Math.Max(max, AbsZ(series, c, t));
            scores[t] = max;
        }
        return scores;
    }

    /// <summary>
    /// Per channel, the mean |z| over <paramref name="range"/>: which channels the baseline blames for an anomaly,
    /// to compare with <see cref="InterpretationLabels"/>.
    /// </summary>
    public float[] ChannelScores(TimeSeries series, StepRange range)
    {
        CheckChannels(series);
        var scores = new float[series.ChannelCount];
        for (int c = 0; c < series.ChannelCount; c++)
        {
            double sum = 0;
            for (int t = range.Start; t < range.End; t++) sum += AbsZ(series, c, t);
            scores[c] = (float)(sum / range.Length);
        }
        return scores;
    }

    private void CheckChannels(TimeSeries series)
    {
        ArgumentNullException.ThrowIfNull(series);
        if (series.ChannelCount != _mean.Length)
            throw new ArgumentException($"{series.SourceFile} has {series.ChannelCount} channels; the baseline was fitted on {_mean.Length}.", nameof(series));
    }
}
