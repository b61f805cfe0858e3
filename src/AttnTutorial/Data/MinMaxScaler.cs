namespace AttnTutorial.Data;

/// <summary>
/// Min-max scaling to [0, 1]. In <see cref="ScalingMode.Global"/> mode the per-channel minimum and maximum
/// come from the training split only, so nothing about validation or test series leaks into training.
/// Introduced in chapter 02.
/// </summary>
public sealed class MinMaxScaler
{
    private readonly float[] _min;
    private readonly float[] _max;

    private MinMaxScaler(ScalingMode mode, float[] min, float[] max)
    {
        Mode = mode;
        _min = min;
        _max = max;
    }

    /// <summary>The mode this scaler applies.</summary>
    public ScalingMode Mode { get; }

    /// <summary>Per-channel minimum seen while fitting (global mode; empty otherwise).</summary>
    public IReadOnlyList<float> Min => _min;

    /// <summary>Per-channel maximum seen while fitting (global mode; empty otherwise).</summary>
    public IReadOnlyList<float> Max => _max;

    /// <summary>Fits a scaler. Pass the training series only.</summary>
    public static MinMaxScaler Fit(ScalingMode mode, IReadOnlyList<SeriesSample> trainingSamples)
    {
        if (mode != ScalingMode.Global) return new MinMaxScaler(mode, [], []);
        if (trainingSamples.Count == 0) throw new ArgumentException("Global scaling needs at least one training series.", nameof(trainingSamples));
        int channels = trainingSamples[0].ChannelCount;
        var min = Enumerable.Repeat(float.PositiveInfinity, channels).ToArray();
        var max = Enumerable.Repeat(float.NegativeInfinity, channels).ToArray();
        foreach (var sample in trainingSamples)
        {
            for (int c = 0; c < channels; c++)
            {
                foreach (float v in sample.Channels[c])
                {
                    if (v < min[c]) min[c] = v;
                    if (v > max[c]) max[c] = v;
                }
            }
        }
        return new MinMaxScaler(mode, min, max);
    }

    /// <summary>Returns a scaled copy of one channel of one series.</summary>
    public float[] Transform(float[] values, int channel)
    {
        var (min, max) = Mode switch
        {
            ScalingMode.None => (0f, 1f),
            ScalingMode.Global => (_min[channel], _max[channel]),
            _ => (values.Min(), values.Max()),
        };
        // A constant series has no range: map it to 0 rather than divide by zero.
        float range = max - min;
        float scale = range > 0 ? 1f / range : 0f;
        var scaled = new float[values.Length];
        for (int t = 0; t < values.Length; t++) scaled[t] = (values[t] - min) * scale;
        return scaled;
    }
}
