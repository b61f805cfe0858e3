namespace AttnTutorial.Data;

/// <summary>
/// What was done to a series to make it anomalous. Each generator injects its own subset, listed in
/// <see cref="InjectableKinds"/>; the sizes are the generator's (a synthetic spike is 2–4 amplitudes, a real
/// window's is m·σ), the shape is the same. Introduced in chapter 02.
/// </summary>
public enum AnomalyKind
{
    /// <summary>A normal series: nothing injected.</summary>
    None = 0,
    /// <summary>The seed's anomaly: a segment held at its first value.</summary>
    Flat,
    /// <summary>A segment set to zero (a sensor that drops out).</summary>
    Zero,
    /// <summary>Gaussian noise added over a segment.</summary>
    Noise,
    /// <summary>A few large spikes inside a segment.</summary>
    Spike,
    /// <summary>
    /// Real windows (<see cref="RealData.WindowAnomalyInjector"/>): the segment shifted up or down by a few σ, a step
    /// change that comes back.
    /// </summary>
    LevelShift,
    /// <summary>
    /// Price series (<see cref="PriceSeriesGenerator"/>): open, high, low and close jump by 5–15 % for a few steps and
    /// then return to the walk, as a bad tick or a flash move would. Channels 0–3.
    /// </summary>
    PriceJump,
    /// <summary>Price series: volume 4–10 times its usual level for a few steps while prices move as usual. Channel 4.</summary>
    VolumeBurst,
    /// <summary>
    /// Price series: a stale feed repeats the last good bar — open, high, low, close and volume stay exactly the same
    /// for several steps. All five channels.
    /// </summary>
    FrozenQuote,
    /// <summary>
    /// Sensor networks (<see cref="SensorNetworks.SensorNetworkGenerator"/>): one sensor's reading decouples from its
    /// neighbours — it keeps its mean and standard deviation over the segment, so a per-channel statistic cannot see it,
    /// only the broken relation to the other sensors can.
    /// </summary>
    CorrelationBreak,
    /// <summary>
    /// Sensor networks: a level rise that starts at one sensor and reaches its neighbours later, each after the coupling
    /// lag along the graph, as a heat front or a pressure wave would.
    /// </summary>
    SpreadingEvent,
}
