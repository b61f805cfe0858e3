namespace AttnTutorial.Data;

/// <summary>
/// How <see cref="PriceSeriesGenerator"/> makes the financial case study: bars of open, high, low, close and volume
/// from a random walk, some with an injected price jump, volume burst or frozen quote.
/// </summary>
public sealed record PriceSeriesOptions
{
    /// <summary>Bars (time steps) per series. Default 100.</summary>
    public int Length { get; init; } = 100;

    /// <summary>Number of series. Default 2,000.</summary>
    public int Count { get; init; } = 2_000;

    /// <summary>Fraction of series left normal, in [0, 1]. Default 0.5.</summary>
    public double NormalRatio { get; init; } = 0.5;

    /// <summary>Anomaly kinds to inject, from <see cref="InjectableKinds.Price"/>; each anomalous series draws one uniformly. Default all three price kinds.</summary>
    public IReadOnlyList<AnomalyKind> Kinds { get; init; } = [AnomalyKind.PriceJump, AnomalyKind.VolumeBurst, AnomalyKind.FrozenQuote];

    /// <summary>Typical first price; each series starts at this times a factor drawn from [0.5, 2]. Default 100.</summary>
    public double StartPrice { get; init; } = 100;

    /// <summary>Standard deviation of the log return per bar (0.01 = about 1 % a bar). Default 0.01.</summary>
    public double Volatility { get; init; } = 0.01;

    /// <summary>Typical volume per bar. Default 10,000.</summary>
    public double BaseVolume { get; init; } = 10_000;

    /// <summary>Standard deviation of log volume around <see cref="BaseVolume"/>. Default 0.3.</summary>
    public double VolumeSpread { get; init; } = 0.3;

    /// <summary>Anomaly length in bars, drawn uniformly from [min, max]. Default [3, 10].</summary>
    public int AnomalyLengthMin { get; init; } = 3;

    /// <inheritdoc cref="AnomalyLengthMin"/>
    public int AnomalyLengthMax { get; init; } = 10;

    /// <summary>Size of a <see cref="AnomalyKind.PriceJump"/> as a fraction of the price, drawn from [min, max], up or down. Default [0.05, 0.15].</summary>
    public double JumpMin { get; init; } = 0.05;

    /// <inheritdoc cref="JumpMin"/>
    public double JumpMax { get; init; } = 0.15;

    /// <summary>Volume multiplier of a <see cref="AnomalyKind.VolumeBurst"/>, drawn from [min, max]. Default [4, 10].</summary>
    public double BurstMin { get; init; } = 4;

    /// <inheritdoc cref="BurstMin"/>
    public double BurstMax { get; init; } = 10;

    /// <summary>Seed for every random draw; the same seed gives the same series. Default 42.</summary>
    public int RandomSeed { get; init; } = 42;

    /// <summary>The case study's defaults: 2,000 series of 100 bars, half anomalous.</summary>
    public static PriceSeriesOptions Default { get; } = new();

    /// <summary>Throws <see cref="InvalidOptionException"/> naming the first option outside its allowed range.</summary>
    public PriceSeriesOptions Validate()
    {
        Check(Length >= 10, nameof(Length), Length, "at least 10");
        Check(Count >= 1, nameof(Count), Count, "at least 1");
        Check(NormalRatio is >= 0 and <= 1, nameof(NormalRatio), NormalRatio, "in [0, 1]");
        InjectableKinds.Price.Check(Kinds, nameof(Kinds));
        Check(StartPrice > 0, nameof(StartPrice), StartPrice, "greater than 0");
        Check(Volatility > 0 && Volatility < 0.2, nameof(Volatility), Volatility, "in (0, 0.2)");
        Check(BaseVolume > 0, nameof(BaseVolume), BaseVolume, "greater than 0");
        Check(VolumeSpread >= 0, nameof(VolumeSpread), VolumeSpread, "0 or more");
        Check(AnomalyLengthMin >= 1 && AnomalyLengthMax >= AnomalyLengthMin && AnomalyLengthMax < Length,
            nameof(AnomalyLengthMin), $"[{AnomalyLengthMin}, {AnomalyLengthMax}]", $"1 <= min <= max < Length ({Length})");
        Check(JumpMin > 0 && JumpMax >= JumpMin && JumpMax < 1, nameof(JumpMin), $"[{JumpMin}, {JumpMax}]", "0 < min <= max < 1");
        Check(BurstMin > 1 && BurstMax >= BurstMin, nameof(BurstMin), $"[{BurstMin}, {BurstMax}]", "1 < min <= max");
        return this;
    }

    private static void Check(bool ok, string option, object value, string allowed) =>
        InvalidOptionException.ThrowUnless(ok, option, value, allowed);
}
