namespace AttnTutorial.Evaluation;

/// <summary>How <see cref="VolumeUnderSurface"/> builds its surfaces. Defaults follow the VUS reference code.</summary>
public sealed record VolumeUnderSurfaceOptions
{
    /// <summary>
    /// The largest buffer length ℓ; the volume averages the range-based areas over ℓ = 0, 1, …, MaxBuffer.
    /// A buffer of ℓ lets a detection ⌊ℓ/2⌋ steps before or after a labelled event earn partial credit.
    /// TSB-AD passes twice the series' sliding-window length (its estimate of one period); pass twice your window
    /// length for a windowed detector. Default 100, in [0, 10,000].
    /// </summary>
    public int MaxBuffer { get; init; } = 100;

    /// <summary>
    /// Thresholds per curve, taken from the sorted scores at evenly spaced ranks (the highest score first, the lowest
    /// last). The reference code uses 250; more only smooths the curves. Default 250, at least 2.
    /// </summary>
    public int Thresholds { get; init; } = 250;

    /// <summary>The reference defaults: buffers 0..100, 250 thresholds.</summary>
    public static VolumeUnderSurfaceOptions Default { get; } = new();

    /// <summary>Throws <see cref="InvalidOptionException"/> naming the first bad option.</summary>
    public VolumeUnderSurfaceOptions Validate()
    {
        InvalidOptionException.ThrowUnless(MaxBuffer is >= 0 and <= 10_000, nameof(MaxBuffer), MaxBuffer, "in [0, 10000]");
        InvalidOptionException.ThrowUnless(Thresholds >= 2, nameof(Thresholds), Thresholds, "at least 2");
        return this;
    }
}
