using System.Globalization;
using AttnTutorial.Data;

namespace AttnTutorial.SensorNetworks;

/// <summary>
/// How <see cref="SensorNetworkGenerator"/> builds a network: a <see cref="Rows"/> × <see cref="Columns"/> grid of
/// sensors, each coupled to its four grid neighbours with a lag, and the anomalies injected after a clean prefix.
/// The defaults give 16 sensors, 3,000 steps and six events (two of each kind), small enough for a quick run.
/// </summary>
public sealed record SensorNetworkOptions
{
    /// <summary>Grid rows; sensors = <see cref="Rows"/> × <see cref="Columns"/>, numbered row by row. Default 4.</summary>
    public int Rows { get; init; } = 4;

    /// <summary>Grid columns. Default 4.</summary>
    public int Columns { get; init; } = 4;

    /// <summary>Time steps. Default 3,000.</summary>
    public int Length { get; init; } = 3_000;

    /// <summary>
    /// φ in x_i(t) = φ·x_i(t−1) + κ·mean_j x_j(t−lag_ij) + σ·ε: how much of its own past a sensor keeps, in [0, 1).
    /// Default 0.4.
    /// </summary>
    public double Persistence { get; init; } = 0.4;

    /// <summary>
    /// κ, the weight of the neighbours' lagged mean, in [0, 1 − <see cref="Persistence"/>): below that bound the network is
    /// stable (its values do not grow without limit). Default 0.55: strong enough that a sensor's best-lag correlation
    /// with a neighbour (about 0.4) clearly exceeds that with sensors three or more hops away (about 0.15).
    /// </summary>
    public double Coupling { get; init; } = 0.55;

    /// <summary>σ, the standard deviation of each sensor's own innovation ε. Default 1.</summary>
    public double NoiseStd { get; init; } = 1;

    /// <summary>Largest coupling lag in steps; each edge draws its lag uniformly from [1, this]. Default 3.</summary>
    public int MaxLag { get; init; } = 3;

    /// <summary>
    /// Fraction of the steps at the start that carry no anomaly, in [0, 1): detectors fit their normal model there.
    /// Default 0.4.
    /// </summary>
    public double CleanPrefixRatio { get; init; } = 0.4;

    /// <summary>
    /// Anomalous events after the clean prefix; 0 gives a clean network. Each event gets its own equal slot of the
    /// remaining steps, so events never overlap. Default 6.
    /// </summary>
    public int EventCount { get; init; } = 6;

    /// <summary>
    /// Kinds to inject, from <see cref="InjectableKinds.SensorNetwork"/>; event k gets <c>Kinds[k % Kinds.Count]</c>, so
    /// every kind appears once <see cref="EventCount"/> reaches the number of kinds. Default: flat (a stuck sensor),
    /// correlation break, spreading event.
    /// </summary>
    public IReadOnlyList<AnomalyKind> Kinds { get; init; } = [AnomalyKind.Flat, AnomalyKind.CorrelationBreak, AnomalyKind.SpreadingEvent];

    /// <summary>Event length in steps (per sensor), drawn uniformly from [min, max]. Default [60, 150].</summary>
    public int EventLengthMin { get; init; } = 60;

    /// <inheritdoc cref="EventLengthMin"/>
    public int EventLengthMax { get; init; } = 150;

    /// <summary>Height of a spreading event's level rise, in each sensor's own standard deviations. Default 3.</summary>
    public double SpreadAmplitude { get; init; } = 3;

    /// <summary>How many graph hops a spreading event travels from the sensor where it starts. Default 2.</summary>
    public int SpreadHops { get; init; } = 2;

    /// <summary>Seed for every random draw; the same seed gives the same network. Default 42.</summary>
    public int RandomSeed { get; init; } = 42;

    /// <summary>The defaults above.</summary>
    public static SensorNetworkOptions Default { get; } = new();

    /// <summary>Number of sensors, <see cref="Rows"/> × <see cref="Columns"/>.</summary>
    public int SensorCount => Rows * Columns;

    /// <summary>First step after the clean prefix: round(<see cref="Length"/> · <see cref="CleanPrefixRatio"/>).</summary>
    public int CleanPrefixLength => (int)Math.Round(Length * CleanPrefixRatio);

    /// <summary>The longest a spreading event takes to reach its farthest sensor: <see cref="MaxLag"/> · <see cref="SpreadHops"/>.</summary>
    public int LongestSpreadDelay => MaxLag * SpreadHops;

    /// <summary>Throws <see cref="InvalidOptionException"/> naming the first option outside its allowed range.</summary>
    public SensorNetworkOptions Validate()
    {
        Check(Rows >= 1, nameof(Rows), Rows, "at least 1");
        Check(Columns >= 1, nameof(Columns), Columns, "at least 1");
        Check(SensorCount >= 2, nameof(Columns), Columns, $"such that Rows × Columns is at least 2 (Rows is {Rows})");
        Check(Persistence is >= 0 and < 1, nameof(Persistence), Persistence, "in [0, 1)");
        Check(Coupling >= 0 && Coupling < 1 - Persistence, nameof(Coupling), Coupling, Invariant($"in [0, 1 − Persistence) = [0, {1 - Persistence}) so the network is stable"));
        Check(NoiseStd > 0 && double.IsFinite(NoiseStd), nameof(NoiseStd), NoiseStd, "greater than 0");
        Check(MaxLag >= 1, nameof(MaxLag), MaxLag, "at least 1");
        Check(Length >= 100, nameof(Length), Length, "at least 100");
        Check(CleanPrefixRatio is >= 0 and < 1, nameof(CleanPrefixRatio), CleanPrefixRatio, "in [0, 1)");
        Check(EventCount >= 0, nameof(EventCount), EventCount, "at least 0");
        InjectableKinds.SensorNetwork.Check(Kinds, nameof(Kinds));
        Check(EventLengthMin >= 2, nameof(EventLengthMin), EventLengthMin, "at least 2");
        Check(EventLengthMax >= EventLengthMin, nameof(EventLengthMax), EventLengthMax, $"at least EventLengthMin ({EventLengthMin})");
        Check(SpreadAmplitude > 0 && double.IsFinite(SpreadAmplitude), nameof(SpreadAmplitude), SpreadAmplitude, "greater than 0");
        Check(SpreadHops >= 0, nameof(SpreadHops), SpreadHops, "at least 0");
        if (EventCount > 0)
        {
            // Each event needs room for its longest length plus the spread's delay inside its own slot.
            int needed = EventLengthMax + LongestSpreadDelay;
            int fits = (Length - CleanPrefixLength) / needed;
            Check(EventCount <= fits, nameof(EventCount), EventCount,
                $"at most {fits}: each event needs EventLengthMax + MaxLag·SpreadHops = {needed} steps after the clean prefix of {CleanPrefixLength} (of Length {Length})");
        }
        return this;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static void Check(bool ok, string option, object value, string allowed) =>
        InvalidOptionException.ThrowUnless(ok, option, value, allowed);
}
