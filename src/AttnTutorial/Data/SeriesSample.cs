namespace AttnTutorial.Data;

/// <summary>
/// One generated series with everything the course needs to know about it.
/// Introduced in chapter 02.
/// </summary>
/// <param name="Channels">The signal, one array per channel, each of length T: <c>Channels[c][t]</c>.</param>
/// <param name="Label">1 when an anomaly was injected, else 0 (the sequence label).</param>
/// <param name="Mask">Per time step: true inside the anomaly (length T; all false for a normal series).</param>
/// <param name="Kind">What was injected; <see cref="AnomalyKind.None"/> for a normal series.</param>
/// <param name="AnomalyStart">First anomalous time step, or -1 for a normal series.</param>
/// <param name="AnomalyEnd">One past the last anomalous time step (exclusive), or -1 for a normal series.</param>
/// <param name="AnomalousChannels">Channels the anomaly was injected into (empty for a normal series).</param>
public sealed record SeriesSample(
    float[][] Channels,
    int Label,
    bool[] Mask,
    AnomalyKind Kind,
    int AnomalyStart,
    int AnomalyEnd,
    int[] AnomalousChannels)
{
    /// <summary>Number of time steps T.</summary>
    public int Length => Channels[0].Length;

    /// <summary>Number of channels C.</summary>
    public int ChannelCount => Channels.Length;

    /// <summary>True when an anomaly was injected.</summary>
    public bool IsAnomalous => Label == 1;

    /// <summary>The anomalous span as a half-open range [Start, End), or null for a normal series.</summary>
    public (int Start, int End)? AnomalySpan => IsAnomalous ? (AnomalyStart, AnomalyEnd) : null;
}
