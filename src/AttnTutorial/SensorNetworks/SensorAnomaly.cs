using AttnTutorial.Data;
using AttnTutorial.RealData;

namespace AttnTutorial.SensorNetworks;

/// <summary>
/// One injected event: what it is, the sensor it started at, and the steps it covers on each sensor it reached. The root
/// cause of the event is <paramref name="Origin"/>; a stuck sensor and a correlation break cover only that sensor, a
/// spreading event also the sensors it reached, each later by the coupling lag.
/// </summary>
/// <param name="Kind">One of <see cref="InjectableKinds.SensorNetwork"/>.</param>
/// <param name="Origin">The sensor where the event starts.</param>
/// <param name="Spans">The covered steps per sensor, the origin first, then by increasing onset.</param>
public sealed record SensorAnomaly(AnomalyKind Kind, int Origin, IReadOnlyList<SensorSpan> Spans)
{
    /// <summary>First step the event covers on any sensor.</summary>
    public int Start => Spans.Min(s => s.Start);

    /// <summary>One past the last step the event covers on any sensor.</summary>
    public int End => Spans.Max(s => s.End);

    /// <summary>
    /// The event in the form SMD's and ASD's interpretation labels take: the steps it covers on any sensor and, as the
    /// one blamed channel, <see cref="Origin"/> (a spreading event's other sensors are consequences, not causes). Lets
    /// <see cref="Evaluation.RootCauseEvaluation"/> score a root-cause ranking on synthetic and real data alike.
    /// </summary>
    public AnomalyInterpretation RootCause => new(new StepRange(Start, End), [Origin]);
}
