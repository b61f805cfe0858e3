using AttnTutorial.RealData;

namespace AttnTutorial.SensorNetworks;

/// <summary>
/// A generated sensor network: the readings, the same readings before any anomaly was injected, the true coupling graph,
/// and labels per step and per sensor. Made by <see cref="SensorNetworkGenerator"/> to test whether a detector sees what
/// per-channel statistics cannot — a sensor that decouples from its neighbours — and whether it names the right sensor.
/// </summary>
/// <param name="Values">Readings, one array per sensor, each of length T: <c>Values[sensor][t]</c>.</param>
/// <param name="CleanValues">The readings before injection, same shape: what a broken or stuck sensor should have read.</param>
/// <param name="SensorLabels">Per sensor and step: true where an anomaly covers that sensor, <c>SensorLabels[sensor][t]</c>.</param>
/// <param name="Graph">The true coupling graph (adjacency and lags).</param>
/// <param name="Anomalies">The injected events in time order.</param>
/// <param name="Options">The options the network was made with.</param>
public sealed record SensorNetwork(
    float[][] Values,
    float[][] CleanValues,
    bool[][] SensorLabels,
    SensorGraph Graph,
    IReadOnlyList<SensorAnomaly> Anomalies,
    SensorNetworkOptions Options)
{
    /// <summary>Number of sensors N.</summary>
    public int SensorCount => Values.Length;

    /// <summary>Number of time steps T.</summary>
    public int Length => Values[0].Length;

    /// <summary>Per step: true where any sensor is anomalous (length T).</summary>
    public bool[] StepLabels() =>
        Enumerable.Range(0, Length).Select(t => SensorLabels.Any(sensor => sensor[t])).ToArray();

    /// <summary>
    /// The readings as a <see cref="TimeSeries"/> (one channel per sensor, named "sensor 0", "sensor 1", …, labelled by
    /// <see cref="StepLabels"/>), so the detectors of chapters 12–14 take a network as they take a real file.
    /// </summary>
    public TimeSeries ToTimeSeries() => new(
        Values,
        Timestamps: null,
        StepLabels(),
        Enumerable.Range(0, SensorCount).Select(s => $"sensor {s}").ToArray(),
        $"sensor network (seed {Options.RandomSeed})");
}
