namespace AttnTutorial.RealData;

/// <summary>
/// Per-channel z-scoring, z = (x − μ_c) / σ_c, with μ and σ fitted on the training part only. Unlike min-max
/// scaling, a channel that was constant in training does not collapse to 0: a later change in it stays visible
/// (SMD has several such channels, and anomalies in them).
/// </summary>
public sealed class Standardizer
{
    private readonly float[] _mean;
    private readonly float[] _std;

    private Standardizer(float[] mean, float[] std, float clip)
    {
        _mean = mean;
        _std = std;
        Clip = clip;
    }

    /// <summary>Per-channel training mean μ_c.</summary>
    public IReadOnlyList<float> Mean => _mean;

    /// <summary>Per-channel training standard deviation σ_c, floored at the <c>minStd</c> given to <see cref="Fit"/>.</summary>
    public IReadOnlyList<float> Std => _std;

    /// <summary>|z| larger than this is clipped by <see cref="Transform"/> (not by <see cref="AbsZ"/>).</summary>
    public float Clip { get; }

    /// <summary>Fits μ and σ per channel on <paramref name="training"/> (no missing values).</summary>
    /// <param name="training">The training part.</param>
    /// <param name="minStd">
    /// Floor for σ, in data units. A channel constant in training has σ = 0 and any later change would be
    /// infinitely many σ away; the floor makes it large but finite. Default 1e-3 (SMD's metrics are scaled to [0, 1]).
    /// </param>
    /// <param name="clip">Largest |z| <see cref="Transform"/> passes on, so one wild value cannot saturate a model. Default 10.</param>
    public static Standardizer Fit(TimeSeries training, float minStd = 1e-3f, float clip = 10f)
    {
        ArgumentNullException.ThrowIfNull(training);
        InvalidOptionException.ThrowUnless(minStd > 0, nameof(minStd), minStd, "greater than 0");
        InvalidOptionException.ThrowUnless(clip > 0, nameof(clip), clip, "greater than 0");
        var mean = new float[training.ChannelCount];
        var std = new float[training.ChannelCount];
        for (int c = 0; c < training.ChannelCount; c++)
        {
            var values = training.Channels[c];
            if (values.Any(float.IsNaN))
                throw new ArgumentException($"{training.SourceFile}: channel '{training.ChannelNames[c]}' has missing values; fill them first.", nameof(training));
            double m = values.Average(v => (double)v);
            double variance = values.Average(v => (v - m) * (v - m));
            mean[c] = (float)m;
            std[c] = Math.Max(minStd, (float)Math.Sqrt(variance));
        }
        return new Standardizer(mean, std, clip);
    }

    /// <summary>|z| of channel <paramref name="channel"/> at step <paramref name="t"/>, unclipped.</summary>
    public float AbsZ(TimeSeries series, int channel, int t)
    {
        ArgumentNullException.ThrowIfNull(series);
        return Math.Abs(series.Channels[channel][t] - _mean[channel]) / _std[channel];
    }

    /// <summary>The series in z units, clipped to ±<see cref="Clip"/>; labels, timestamps and names kept. Feed it to windows with <see cref="Data.ScalingMode.None"/>.</summary>
    public TimeSeries Transform(TimeSeries series)
    {
        CheckChannels(series);
        var channels = new float[series.ChannelCount][];
        for (int c = 0; c < series.ChannelCount; c++)
        {
            var values = series.Channels[c];
            channels[c] = new float[values.Length];
            for (int t = 0; t < values.Length; t++) channels[c][t] = Math.Clamp((values[t] - _mean[c]) / _std[c], -Clip, Clip);
        }
        return series with { Channels = channels };
    }

    /// <summary>Throws unless <paramref name="series"/> has the channel count this was fitted on.</summary>
    internal void CheckChannels(TimeSeries series)
    {
        ArgumentNullException.ThrowIfNull(series);
        if (series.ChannelCount != _mean.Length)
            throw new ArgumentException($"{series.SourceFile} has {series.ChannelCount} channels; the standardizer was fitted on {_mean.Length}.", nameof(series));
    }
}
