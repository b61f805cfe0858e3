namespace AttnTutorial.Data;

/// <summary>
/// How <see cref="SyntheticSeriesGenerator"/> makes series. The defaults are the seed recipe:
/// 5,000 sine waves of 500 points, half of them with a flat segment.
/// Introduced in chapter 02.
/// </summary>
public sealed record SyntheticSeriesOptions
{
    /// <summary>Time steps per series. Default 500.</summary>
    public int Length { get; init; } = 500;

    /// <summary>Number of series. Default 5,000.</summary>
    public int Count { get; init; } = 5_000;

    /// <summary>Fraction of series left normal, in [0, 1]. Default 0.5.</summary>
    public double NormalRatio { get; init; } = 0.5;

    /// <summary>Frequency f in amp·sin(f·t), drawn uniformly from [min, max]. Default [1, 4].</summary>
    public double FrequencyMin { get; init; } = 1;

    /// <inheritdoc cref="FrequencyMin"/>
    public double FrequencyMax { get; init; } = 4;

    /// <summary>Amplitude, drawn uniformly from [min, max]. Default [1, 10].</summary>
    public double AmplitudeMin { get; init; } = 1;

    /// <inheritdoc cref="AmplitudeMin"/>
    public double AmplitudeMax { get; init; } = 10;

    /// <summary>Anomaly start as a fraction of the length, drawn uniformly from [0, this]. Default 0.9.</summary>
    public double AnomalyStartRatioMax { get; init; } = 0.9;

    /// <summary>Anomaly length as a fraction of the length, drawn uniformly from [min, max]; the end is clipped to the series. Default [0.1, 0.5].</summary>
    public double AnomalyLengthRatioMin { get; init; } = 0.1;

    /// <inheritdoc cref="AnomalyLengthRatioMin"/>
    public double AnomalyLengthRatioMax { get; init; } = 0.5;

    /// <summary>Anomaly kinds to inject, from <see cref="InjectableKinds.Sine"/>; each anomalous series draws one uniformly. Default: the seed's <see cref="AnomalyKind.Flat"/> only.</summary>
    public IReadOnlyList<AnomalyKind> Kinds { get; init; } = [AnomalyKind.Flat];

    /// <summary>
    /// 1 for the seed's univariate sine; 3 for multivariate series (channels: sine, cosine, random walk).
    /// Default 1.
    /// </summary>
    public int Channels { get; init; } = 1;

    /// <summary>With several channels, how many of them receive the anomaly, in [1, Channels]. Default 1.</summary>
    public int AnomalousChannelCount { get; init; } = 1;

    /// <summary>Standard deviation of the <see cref="AnomalyKind.Noise"/> anomaly, as a fraction of the amplitude. Default 0.5.</summary>
    public double NoiseScale { get; init; } = 0.5;

    /// <summary>Seed for every random draw; the same seed gives the same series. Default 42.</summary>
    public int RandomSeed { get; init; } = 42;

    /// <summary>The seed recipe: every default above.</summary>
    public static SyntheticSeriesOptions Seed { get; } = new();

    /// <summary>Throws <see cref="InvalidOptionException"/> naming the first option outside its allowed range.</summary>
    public SyntheticSeriesOptions Validate()
    {
        Check(Length >= 8, nameof(Length), Length, "at least 8");
        Check(Count >= 1, nameof(Count), Count, "at least 1");
        Check(NormalRatio is >= 0 and <= 1, nameof(NormalRatio), NormalRatio, "in [0, 1]");
        Check(FrequencyMin > 0 && FrequencyMax >= FrequencyMin, nameof(FrequencyMin), $"[{FrequencyMin}, {FrequencyMax}]", "0 < min <= max");
        Check(AmplitudeMin > 0 && AmplitudeMax >= AmplitudeMin, nameof(AmplitudeMin), $"[{AmplitudeMin}, {AmplitudeMax}]", "0 < min <= max");
        Check(AnomalyStartRatioMax is >= 0 and < 1, nameof(AnomalyStartRatioMax), AnomalyStartRatioMax, "in [0, 1)");
        Check(AnomalyLengthRatioMin > 0 && AnomalyLengthRatioMax >= AnomalyLengthRatioMin && AnomalyLengthRatioMax <= 1,
            nameof(AnomalyLengthRatioMin), $"[{AnomalyLengthRatioMin}, {AnomalyLengthRatioMax}]", "0 < min <= max <= 1");
        InjectableKinds.Sine.Check(Kinds, nameof(Kinds));
        Check(Channels is 1 or 3, nameof(Channels), Channels, "1 (sine) or 3 (sine, cosine, random walk)");
        Check(AnomalousChannelCount >= 1 && AnomalousChannelCount <= Channels, nameof(AnomalousChannelCount), AnomalousChannelCount, $"in [1, {Channels}]");
        Check(NoiseScale > 0, nameof(NoiseScale), NoiseScale, "greater than 0");
        return this;
    }

    private static void Check(bool ok, string option, object value, string allowed) =>
        InvalidOptionException.ThrowUnless(ok, option, value, allowed);
}
