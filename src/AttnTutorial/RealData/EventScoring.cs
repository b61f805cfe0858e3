using AttnTutorial.Evaluation;

namespace AttnTutorial.RealData;

/// <summary>
/// Scores alarms against labelled events, the way an operator would count them: was each event caught, and how
/// many times were they called out for nothing?
/// </summary>
/// <remarks>
/// <para>An event (a labelled window, e.g. one of NAB's) is <b>detected</b> when any alarmed step falls inside it.</para>
/// <para>A <b>false alarm</b> is an alarm run — consecutive alarmed steps merged into one — that overlaps no event.
/// Merging matters: a detector that stays on for a day raised one alarm, not 48. A run that overlaps an event is
/// not a false alarm even where it spills over the event's edge.</para>
/// <para>This is not NAB's score (which rewards early detection with a sigmoid and weighs false positives by
/// profile); the chapter shows NAB's published scores beside it for context only.</para>
/// </remarks>
public static class EventScoring
{
    /// <summary>Alarms from scores: a step alarms when its score is at least <paramref name="threshold"/> (as in <see cref="Evaluation.BinaryMetrics"/>).</summary>
    public static bool[] Alarms(IReadOnlyList<float> scores, double threshold)
    {
        ArgumentNullException.ThrowIfNull(scores);
        var alarms = new bool[scores.Count];
        for (int t = 0; t < alarms.Length; t++) alarms[t] = scores[t] >= threshold;
        return alarms;
    }

    /// <summary>Which events the alarms detect, and the false alarm runs.</summary>
    /// <param name="alarms">Per step: true when the detector alarms (length T).</param>
    /// <param name="events">The labelled events as step ranges inside [0, T), e.g. from <see cref="NabLabelWindows.ToStepRanges"/> or <see cref="TimeSeries.LabelledRuns"/>.</param>
    public static EventReport Score(IReadOnlyList<bool> alarms, IReadOnlyList<StepRange> events)
    {
        ArgumentNullException.ThrowIfNull(alarms);
        ArgumentNullException.ThrowIfNull(events);
        foreach (var e in events)
        {
            if (e.Start < 0 || e.End > alarms.Count || e.Length <= 0)
                throw new ArgumentOutOfRangeException(nameof(events), $"event {e} is not a non-empty range inside [0, {alarms.Count}).");
        }
        var detected = new bool[events.Count];
        var firstAlarm = new int[events.Count];
        for (int i = 0; i < events.Count; i++)
        {
            firstAlarm[i] = -1;
            for (int t = events[i].Start; t < events[i].End; t++)
            {
                if (!alarms[t]) continue;
                firstAlarm[i] = t;
                detected[i] = true;
                break;
            }
        }
        var falseAlarms = StepRange.Runs(alarms)
            .Where(run => !events.Any(e => run.Start < e.End && e.Start < run.End))
            .ToArray();
        return new EventReport(events, detected, firstAlarm, falseAlarms);
    }

    /// <summary>
    /// Event-level scoring for point-labelled data (SMD, ASD): the events are the labelled runs, so a false alarm is an
    /// alarm run that touches no labelled run, and a long anomaly caught once counts once, not per step.
    /// </summary>
    /// <param name="alarms">Per step: true when the detector alarms (length T).</param>
    /// <param name="labels">Per step: true inside a labelled anomaly (length T), e.g. <see cref="PointLabels.Read"/>.</param>
    public static EventReport ScorePointLabels(IReadOnlyList<bool> alarms, IReadOnlyList<bool> labels)
    {
        ArgumentNullException.ThrowIfNull(alarms);
        ArgumentNullException.ThrowIfNull(labels);
        if (alarms.Count != labels.Count)
            throw new ArgumentException($"alarms has {alarms.Count} steps but labels has {labels.Count}.", nameof(labels));
        return Score(alarms, StepRange.Runs(labels));
    }

    /// <summary>
    /// Everything to report about a detector's alarms on a scored part [<paramref name="from"/>, T): which steps alarm
    /// (those before <paramref name="from"/>, e.g. training and validation, never do), the events detected and false
    /// alarm runs, the share of the part in alarm and the chance level. Read the count beside the last two: a detector
    /// that alarms often catches events by luck.
    /// </summary>
    /// <param name="scores">Per step (length T), higher = more anomalous.</param>
    /// <param name="threshold">Steps scoring at least this alarm; choose it without the scored part's labels.</param>
    /// <param name="events">The labelled events, inside [<paramref name="from"/>, T).</param>
    /// <param name="from">First step of the scored part.</param>
    public static AlarmSummary Summarize(IReadOnlyList<float> scores, double threshold, IReadOnlyList<StepRange> events, int from)
    {
        var alarms = Alarms(scores, threshold);
        InvalidOptionException.ThrowUnless(from >= 0 && from < alarms.Length, nameof(from), from, $"in [0, {alarms.Length})");
        Array.Fill(alarms, false, 0, from);
        double share = alarms.Count(a => a) / (double)(alarms.Length - from);
        return new AlarmSummary(alarms, Score(alarms, events), share, ChanceDetections(alarms, events, from));
    }

    /// <summary>
    /// How many events the same alarms would catch by luck: the alarm pattern over [<paramref name="from"/>, T) is
    /// rotated by random offsets (wrapping round), which keeps how many alarms there are and how long their runs
    /// last, and the detected events are averaged over the rotations.
    /// </summary>
    /// <remarks>
    /// A detector that alarms a third of the time catches most events whatever it has learned. Report this chance
    /// level beside the events detected: the gap between the two is what the detector adds.
    /// </remarks>
    /// <param name="alarms">Per step: the detector's alarms (length T).</param>
    /// <param name="events">The labelled events, inside [<paramref name="from"/>, T).</param>
    /// <param name="from">First step of the scored part (e.g. the test part's start); earlier steps are ignored.</param>
    /// <param name="rotations">Random offsets to average over. Default 1,000.</param>
    /// <param name="seed">Seed for the offsets. Default 42.</param>
    /// <returns>The mean number of events detected by the rotated alarms.</returns>
    public static double ChanceDetections(IReadOnlyList<bool> alarms, IReadOnlyList<StepRange> events, int from, int rotations = 1_000, int seed = 42)
    {
        ArgumentNullException.ThrowIfNull(alarms);
        ArgumentNullException.ThrowIfNull(events);
        InvalidOptionException.ThrowUnless(from >= 0 && from < alarms.Count, nameof(from), from, $"in [0, {alarms.Count})");
        InvalidOptionException.ThrowUnless(rotations >= 1, nameof(rotations), rotations, "at least 1");
        foreach (var e in events)
        {
            if (e.Start < from || e.End > alarms.Count)
                throw new ArgumentOutOfRangeException(nameof(events), $"event {e} is not inside [{from}, {alarms.Count}), the scored part.");
        }
        int n = alarms.Count - from;
        var random = new Random(seed);
        var rotated = new bool[alarms.Count];
        double total = 0;
        for (int r = 0; r < rotations; r++)
        {
            int offset = random.Next(n);
            for (int t = 0; t < n; t++) rotated[from + (t + offset) % n] = alarms[from + t];
            total += Score(rotated, events).DetectedCount;
        }
        return total / rotations;
    }

    /// <summary>
    /// Point adjustment, as much of the SMD literature reports it: when any step of a labelled run alarms, every
    /// step of that run counts as alarmed. It flatters detectors that fire once per long anomaly, so report
    /// point-adjusted F1 only next to the plain point-wise numbers.
    /// </summary>
    /// <param name="alarms">Per step: the detector's alarms (length T).</param>
    /// <param name="labels">Per step: the labels (length T).</param>
    /// <remarks>The same adjustment as <see cref="PointwiseMetrics.PointAdjust"/> (chapter 11): both are
    /// <see cref="PaperProtocol.PointAdjustAtLeast"/> with K = 0, the one implementation.</remarks>
    /// <returns>Adjusted alarms (length T); outside labelled runs they equal <paramref name="alarms"/>.</returns>
    public static bool[] PointAdjust(IReadOnlyList<bool> alarms, IReadOnlyList<bool> labels) =>
        PaperProtocol.PointAdjustAtLeast(alarms, labels, percentK: 0);
}
