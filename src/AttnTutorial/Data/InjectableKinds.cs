using System.Globalization;

namespace AttnTutorial.Data;

/// <summary>
/// The <see cref="AnomalyKind"/>s one generator can write, in one place: its options record checks against it,
/// its injector switches over it, and the CLI parses with it, so the three cannot drift apart.
/// </summary>
/// <example>
/// <code>
/// InjectableKinds.Sine.Contains(AnomalyKind.Spike);              // true
/// var kinds = InjectableKinds.Sine.Parse("flat,spike", "--kinds"); // [Flat, Spike]
/// </code>
/// </example>
public sealed class InjectableKinds
{
    private readonly AnomalyKind[] _kinds;

    private InjectableKinds(params AnomalyKind[] kinds)
    {
        _kinds = kinds;
    }

    /// <summary>What <see cref="AnomalyInjector"/> writes into the sine series of <see cref="SyntheticSeriesGenerator"/>: flat, zero, noise, spike.</summary>
    public static InjectableKinds Sine { get; } = new(AnomalyKind.Flat, AnomalyKind.Zero, AnomalyKind.Noise, AnomalyKind.Spike);

    /// <summary>What <see cref="PriceSeriesGenerator"/> writes into price series: price jump, volume burst, frozen quote.</summary>
    public static InjectableKinds Price { get; } = new(AnomalyKind.PriceJump, AnomalyKind.VolumeBurst, AnomalyKind.FrozenQuote);

    /// <summary>What <see cref="RealData.WindowAnomalyInjector"/> writes into copies of real windows: spike, level shift, flat, noise.</summary>
    public static InjectableKinds RealWindows { get; } = new(AnomalyKind.Spike, AnomalyKind.LevelShift, AnomalyKind.Flat, AnomalyKind.Noise);

    /// <summary>
    /// What <see cref="SensorNetworks.SensorNetworkGenerator"/> writes into a sensor network: flat (a stuck sensor),
    /// correlation break, spreading event.
    /// </summary>
    public static InjectableKinds SensorNetwork { get; } = new(AnomalyKind.Flat, AnomalyKind.CorrelationBreak, AnomalyKind.SpreadingEvent);

    /// <summary>The kinds, in the order they are listed in messages.</summary>
    public IReadOnlyList<AnomalyKind> Kinds => _kinds;

    /// <summary>The kinds as the CLI spells them, in kebab case: "flat", "level-shift".</summary>
    public IReadOnlyList<string> Names => _kinds.Select(Spelling).ToArray();

    /// <summary>True when <paramref name="kind"/> can be injected.</summary>
    public bool Contains(AnomalyKind kind) => Array.IndexOf(_kinds, kind) >= 0;

    /// <summary>The kinds as the CLI spells them, e.g. "flat, zero, noise, spike".</summary>
    public override string ToString() => string.Join(", ", Names);

    /// <summary>Throws <see cref="InvalidOptionException"/> naming <paramref name="option"/> unless <paramref name="kinds"/> is non-empty and every kind can be injected.</summary>
    public void Check(IReadOnlyList<AnomalyKind> kinds, string option)
    {
        ArgumentNullException.ThrowIfNull(kinds);
        InvalidOptionException.ThrowUnless(kinds.Count > 0 && kinds.All(Contains), option, string.Join(",", kinds.Select(Spelling)), $"one or more of {this}");
    }

    /// <summary>
    /// Parses a comma-separated list of kind names (any case, e.g. "flat,Spike"); repeats are dropped, the order is kept.
    /// Throws <see cref="InvalidOptionException"/> naming <paramref name="option"/> and the first name that is not one of these kinds.
    /// </summary>
    public IReadOnlyList<AnomalyKind> Parse(string text, string option)
    {
        ArgumentNullException.ThrowIfNull(text);
        var kinds = new List<AnomalyKind>();
        foreach (string name in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var kind = _kinds.FirstOrDefault(k => Spelling(k).Equals(name, StringComparison.OrdinalIgnoreCase) || k.ToString().Equals(name, StringComparison.OrdinalIgnoreCase), AnomalyKind.None);
            InvalidOptionException.ThrowUnless(kind != AnomalyKind.None, option, $"'{name}'", $"one or more of {this} (comma-separated)");
            if (!kinds.Contains(kind)) kinds.Add(kind);
        }
        InvalidOptionException.ThrowUnless(kinds.Count > 0, option, $"'{text}'", $"one or more of {this} (comma-separated)");
        return kinds;
    }

    // "LevelShift" -> "level-shift": the CLI's kebab-case.
    private static string Spelling(AnomalyKind kind) =>
        string.Concat(kind.ToString().Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLower(c, CultureInfo.InvariantCulture) : char.ToLower(c, CultureInfo.InvariantCulture).ToString()));
}
