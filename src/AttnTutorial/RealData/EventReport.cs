using System.Globalization;

namespace AttnTutorial.RealData;

/// <summary>What <see cref="EventScoring.Score"/> found: which labelled events were detected and which alarms were false.</summary>
/// <param name="Events">The labelled events (anomaly windows) on the time axis.</param>
/// <param name="Detected">Per event: true when at least one alarm falls inside it.</param>
/// <param name="FirstAlarm">Per event: the first alarmed step inside it, or -1 when it was missed (how early it was caught).</param>
/// <param name="FalseAlarms">Alarm runs (contiguous alarmed steps merged into one) that touch no event.</param>
public sealed record EventReport(IReadOnlyList<StepRange> Events, bool[] Detected, int[] FirstAlarm, IReadOnlyList<StepRange> FalseAlarms)
{
    /// <summary>Number of labelled events.</summary>
    public int EventCount => Events.Count;

    /// <summary>Number of events with an alarm inside.</summary>
    public int DetectedCount => Detected.Count(d => d);

    /// <summary>Number of false alarm runs.</summary>
    public int FalseAlarmCount => FalseAlarms.Count;

    /// <summary>Share of events detected, or null when there are none.</summary>
    public double? EventRecall => EventCount == 0 ? null : (double)DetectedCount / EventCount;

    /// <summary>
    /// Per event: the detection delay in steps, first alarm inside the event minus the event's first step (0 = caught
    /// at its first step), or null when it was missed. Read it with the scoring: a centred mapping of window scores
    /// (<see cref="StreamingScorer.Map"/>) can alarm before the anomaly arrives, a causal one (<see cref="CausalScores"/>) cannot.
    /// </summary>
    public int?[] Delays => Events.Select((e, i) => Detected[i] ? FirstAlarm[i] - e.Start : (int?)null).ToArray();

    /// <summary>The median delay over the detected events, or null when none was detected.</summary>
    public double? MedianDelay
    {
        get
        {
            var delays = Delays.OfType<int>().Order().ToArray();
            if (delays.Length == 0) return null;
            int middle = delays.Length / 2;
            return delays.Length % 2 == 1 ? delays[middle] : (delays[middle - 1] + delays[middle]) / 2.0;
        }
    }

    /// <summary>E.g. "3 of 5 events detected, 2 false alarms".</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{DetectedCount} of {EventCount} events detected, {FalseAlarmCount} false alarm{(FalseAlarmCount == 1 ? "" : "s")}");
}
