namespace AttnTutorial.Evaluation;

/// <summary>
/// VUS-ROC and VUS-PR (Paparrizos et al., "Volume Under the Surface: a new accuracy evaluation measure for time-series
/// anomaly detection", VLDB 2022): threshold-free scores for per-step anomaly scores that give partial credit to
/// alarms just before or after a labelled event, and do not depend on one arbitrary tolerance.
/// </summary>
/// <remarks>
/// <para><b>Range-based curves for one buffer length ℓ.</b> Each labelled event [s, e] is widened by h = ⌊ℓ/2⌋ steps
/// on both sides with soft labels: a step d steps outside the event gets √(1 − d/ℓ) (overlaps capped at 1). With
/// P the number of labelled steps, P̃ the sum of the soft labels, and P′ = (P + P̃)/2, a threshold τ (step t alarms
/// when score ≥ τ) gives</para>
/// <list type="bullet">
/// <item>TP = Σₜ soft label(t)·alarm(t), FP = (alarms) − TP;</item>
/// <item>TPR = min(TP/P′, 1) × (share of widened events, merged where they touch, that hold an alarm);</item>
/// <item>FPR = FP/(T − P′) and precision = TP/(alarms).</item>
/// </list>
/// <para>The range-based ROC-AUC is the trapezoid area under (FPR, TPR) from (0, 0) to (1, 1); the range-based PR area
/// is the trapezoid area under (TPR, precision) starting at (0, 1). Thresholds are the scores at evenly spaced ranks
/// (<see cref="VolumeUnderSurfaceOptions.Thresholds"/>).</para>
/// <para><b>The volume</b> is the mean of those areas over ℓ = 0, 1, …, <see cref="VolumeUnderSurfaceOptions.MaxBuffer"/>.
/// This follows the authors' reference implementation (TheDatumOrg/VUS, <c>RangeAUC_volume_opt</c>), which TSB-AD
/// (Liu &amp; Paparrizos, NeurIPS 2024) uses for its leaderboard, including its choices that the paper leaves open: the
/// P′ average and the evenly spaced threshold ranks.</para>
/// <para>Why it exists: point-wise ROC-AUC punishes an alarm one step before a labelled window as hard as one far
/// away, and point adjustment rewards it far too much; VUS sits between the two without a tolerance parameter to tune.
/// TSB-AD recommends VUS-PR as the single most reliable threshold-free measure. Introduced in chapter 12.</para>
/// </remarks>
public static class VolumeUnderSurface
{
    /// <summary>VUS-ROC and VUS-PR of one scored series.</summary>
    /// <param name="scores">One score per time step, higher = more anomalous; no NaN.</param>
    /// <param name="labels">One label per time step: 0 normal, 1 anomalous.</param>
    /// <param name="options">Buffer lengths and thresholds; null for <see cref="VolumeUnderSurfaceOptions.Default"/>.</param>
    /// <returns>The volumes and the per-buffer areas, or null when the labels hold only one class (undefined).</returns>
    public static VolumeUnderSurfaceReport? Compute(IReadOnlyList<float> scores, IReadOnlyList<int> labels, VolumeUnderSurfaceOptions? options = null)
    {
        BinaryMetrics.Validate(scores, labels);
        options = (options ?? VolumeUnderSurfaceOptions.Default).Validate();
        int n = scores.Count;
        int positives = labels.Sum();
        if (positives == 0 || positives == n) return null;

        var thresholds = Thresholds(scores, options.Thresholds);
        var firstAlarmRank = FirstAlarmRanks(scores, thresholds);
        var alarmCounts = new double[thresholds.Length];
        foreach (var k in firstAlarmRank) alarmCounts[k]++;
        for (int k = 1; k < alarmCounts.Length; k++) alarmCounts[k] += alarmCounts[k - 1];

        var events = Events(labels);
        var roc = new double[options.MaxBuffer + 1];
        var pr = new double[options.MaxBuffer + 1];
        for (int buffer = 0; buffer <= options.MaxBuffer; buffer++)
        {
            (roc[buffer], pr[buffer]) = RangeAreas(labels, events, buffer, positives, firstAlarmRank, alarmCounts);
        }
        return new VolumeUnderSurfaceReport(roc.Average(), pr.Average(), roc, pr);
    }

    /// <summary>Range-based ROC-AUC and PR area for one buffer length.</summary>
    private static (double Roc, double Pr) RangeAreas(
        IReadOnlyList<int> labels, List<(int Start, int End)> events, int buffer, int positives, int[] firstAlarmRank, double[] alarmCounts)
    {
        int n = labels.Count;
        int thresholdCount = alarmCounts.Length;
        var soft = SoftLabels(labels, events, buffer);
        double softSum = soft.Sum();
        double effectivePositives = (positives + softSum) / 2;

        // TP at threshold k = soft mass of steps alarmed at k, i.e. whose first alarm rank is ≤ k.
        var truePositives = new double[thresholdCount];
        for (int t = 0; t < n; t++)
        {
            if (soft[t] > 0) truePositives[firstAlarmRank[t]] += soft[t];
        }
        for (int k = 1; k < thresholdCount; k++) truePositives[k] += truePositives[k - 1];

        // A widened event counts as found from the first threshold that alarms a step of it with positive soft label.
        var widened = WidenedEvents(events, buffer, n);
        var eventsFound = new double[thresholdCount];
        foreach (var (start, end) in widened)
        {
            int earliest = int.MaxValue;
            for (int t = start; t <= end; t++)
            {
                if (soft[t] > 0) earliest = Math.Min(earliest, firstAlarmRank[t]);
            }
            if (earliest != int.MaxValue) eventsFound[earliest]++;
        }
        for (int k = 1; k < thresholdCount; k++) eventsFound[k] += eventsFound[k - 1];

        double roc = 0, pr = 0;
        double previousFpr = 0, previousTpr = 0, previousPrecision = 1;
        for (int k = 0; k < thresholdCount; k++)
        {
            double tp = truePositives[k];
            double tpr = Math.Min(tp / effectivePositives, 1) * (eventsFound[k] / widened.Count);
            double fpr = (alarmCounts[k] - tp) / (n - effectivePositives);
            double precision = tp / alarmCounts[k];
            roc += (fpr - previousFpr) * (tpr + previousTpr) / 2;
            pr += (tpr - previousTpr) * (precision + previousPrecision) / 2;
            (previousFpr, previousTpr, previousPrecision) = (fpr, tpr, precision);
        }
        roc += (1 - previousFpr) * (1 + previousTpr) / 2;
        return (roc, pr);
    }

    /// <summary>The labels widened by ⌊ℓ/2⌋ steps each side with √(1 − d/ℓ) at distance d, capped at 1.</summary>
    private static double[] SoftLabels(IReadOnlyList<int> labels, List<(int Start, int End)> events, int buffer)
    {
        int n = labels.Count;
        var soft = labels.Select(l => (double)l).ToArray();
        int half = buffer / 2;
        foreach (var (start, end) in events)
        {
            for (int t = end + 1; t <= Math.Min(end + half, n - 1); t++) soft[t] += Math.Sqrt(1 - (t - end) / (double)buffer);
            for (int t = Math.Max(start - half, 0); t < start; t++) soft[t] += Math.Sqrt(1 - (start - t) / (double)buffer);
        }
        for (int t = 0; t < n; t++) soft[t] = Math.Min(soft[t], 1);
        return soft;
    }

    /// <summary>Events widened by ⌊ℓ/2⌋ steps each side, merged where the widened spans meet (inclusive bounds).</summary>
    private static List<(int Start, int End)> WidenedEvents(List<(int Start, int End)> events, int buffer, int n)
    {
        int half = buffer / 2;
        var merged = new List<(int Start, int End)>();
        int start = Math.Max(events[0].Start - half, 0);
        for (int i = 0; i < events.Count - 1; i++)
        {
            if (events[i].End + half < events[i + 1].Start - half)
            {
                merged.Add((start, events[i].End + half));
                start = events[i + 1].Start - half;
            }
        }
        merged.Add((start, Math.Min(events[^1].End + half, n - 1)));
        return merged;
    }

    /// <summary>The labelled runs as inclusive [Start, End] pairs.</summary>
    private static List<(int Start, int End)> Events(IReadOnlyList<int> labels)
    {
        var events = new List<(int, int)>();
        for (int t = 0; t < labels.Count; t++)
        {
            if (labels[t] == 0) continue;
            int start = t;
            while (t + 1 < labels.Count && labels[t + 1] == 1) t++;
            events.Add((start, t));
        }
        return events;
    }

    /// <summary>
    /// The scores at ranks ⌊k·(T − 1)/(K − 1)⌋, k = 0..K−1, of the scores sorted high to low: K thresholds from the
    /// highest score to the lowest, so the last one alarms every step.
    /// </summary>
    private static float[] Thresholds(IReadOnlyList<float> scores, int count)
    {
        var sorted = scores.OrderByDescending(s => s).ToArray();
        double step = (sorted.Length - 1.0) / (count - 1);
        var thresholds = new float[count];
        for (int k = 0; k < count; k++) thresholds[k] = sorted[k == count - 1 ? sorted.Length - 1 : (int)(k * step)];
        return thresholds;
    }

    /// <summary>Per step, the first threshold index k at which it alarms (score ≥ threshold k); thresholds fall with k.</summary>
    private static int[] FirstAlarmRanks(IReadOnlyList<float> scores, float[] thresholds)
    {
        var ranks = new int[scores.Count];
        for (int t = 0; t < ranks.Length; t++)
        {
            int low = 0, high = thresholds.Length - 1;
            while (low < high)
            {
                int middle = (low + high) / 2;
                if (scores[t] >= thresholds[middle]) high = middle;
                else low = middle + 1;
            }
            ranks[t] = low;
        }
        return ranks;
    }
}
