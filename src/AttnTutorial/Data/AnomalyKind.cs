namespace AttnTutorial.Data;

/// <summary>What was done to a series to make it anomalous.</summary>
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
}
