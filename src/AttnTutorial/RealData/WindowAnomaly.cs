namespace AttnTutorial.RealData;

/// <summary>What <see cref="WindowAnomalyInjector"/> writes into a real window. Sizes are in units of the channel's training σ.</summary>
public enum WindowAnomaly
{
    /// <summary>One to three single-step spikes of ±m·σ.</summary>
    Spike,
    /// <summary>The segment shifted by ±m·σ (a step change that comes back).</summary>
    LevelShift,
    /// <summary>The segment held at its first value (a stuck sensor).</summary>
    Flat,
    /// <summary>Gaussian noise of standard deviation m·σ/2 added over the segment.</summary>
    Noise,
}
