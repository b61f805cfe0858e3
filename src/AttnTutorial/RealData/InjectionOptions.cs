using AttnTutorial.Data;

namespace AttnTutorial.RealData;

/// <summary>
/// How <see cref="WindowAnomalyInjector"/> makes labelled anomalous copies of (mostly normal) real training
/// windows, for a classifier that needs both classes when the training part has no labels.
/// </summary>
public sealed record InjectionOptions
{
    /// <summary>Anomalous copies made of each window, beside the window itself (normal). Default 1: a balanced set.</summary>
    public int AnomalousCopies { get; init; } = 1;

    /// <summary>
    /// Kinds to draw from, uniformly, out of <see cref="InjectableKinds.RealWindows"/>. Sizes are in units of the channel's training σ:
    /// <see cref="AnomalyKind.Spike"/> is one to three single-step spikes of ±m·σ, <see cref="AnomalyKind.LevelShift"/> the segment
    /// shifted by ±m·σ, <see cref="AnomalyKind.Flat"/> the segment held at its first value, <see cref="AnomalyKind.Noise"/> Gaussian
    /// noise of standard deviation m·σ/2 added over the segment. Default all four.
    /// </summary>
    public IReadOnlyList<AnomalyKind> Kinds { get; init; } = InjectableKinds.RealWindows.Kinds;

    /// <summary>Segment length as a fraction of the window, drawn uniformly from [min, max]. Default [0.05, 0.3].</summary>
    public double SegmentFractionMin { get; init; } = 0.05;

    /// <inheritdoc cref="SegmentFractionMin"/>
    public double SegmentFractionMax { get; init; } = 0.3;

    /// <summary>Size m in training standard deviations σ, drawn uniformly from [min, max]. Default [2, 5].</summary>
    public double MagnitudeMin { get; init; } = 2;

    /// <inheritdoc cref="MagnitudeMin"/>
    public double MagnitudeMax { get; init; } = 5;

    /// <summary>Most channels one anomaly touches; each copy draws 1..this (capped at the channel count). Default 3.</summary>
    public int MaxChannels { get; init; } = 3;

    /// <summary>Floor for a channel's σ, in data units, so constant channels still get a visible anomaly. Default 0 (no floor).</summary>
    public double MinScale { get; init; }

    /// <summary>Seed for every draw. Default 42.</summary>
    public int RandomSeed { get; init; } = 42;

    /// <summary>The defaults above.</summary>
    public static InjectionOptions Default { get; } = new();

    /// <summary>Throws <see cref="InvalidOptionException"/> naming the first bad option.</summary>
    public InjectionOptions Validate()
    {
        InvalidOptionException.ThrowUnless(AnomalousCopies >= 1, nameof(AnomalousCopies), AnomalousCopies, "at least 1");
        InjectableKinds.RealWindows.Check(Kinds, nameof(Kinds));
        InvalidOptionException.ThrowUnless(SegmentFractionMin > 0 && SegmentFractionMax >= SegmentFractionMin && SegmentFractionMax <= 1,
            nameof(SegmentFractionMin), $"[{SegmentFractionMin}, {SegmentFractionMax}]", "0 < min <= max <= 1");
        InvalidOptionException.ThrowUnless(MagnitudeMin > 0 && MagnitudeMax >= MagnitudeMin, nameof(MagnitudeMin), $"[{MagnitudeMin}, {MagnitudeMax}]", "0 < min <= max");
        InvalidOptionException.ThrowUnless(MaxChannels >= 1, nameof(MaxChannels), MaxChannels, "at least 1");
        InvalidOptionException.ThrowUnless(MinScale >= 0 && double.IsFinite(MinScale), nameof(MinScale), MinScale, "0 or more");
        return this;
    }
}
