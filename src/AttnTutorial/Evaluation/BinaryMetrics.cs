namespace AttnTutorial.Evaluation;

/// <summary>
/// Metrics for a binary anomaly detector: one score per series (higher = more anomalous, e.g. the
/// sigmoid probability) against 0/1 labels (1 = anomaly).
/// Introduced in chapter 06.
/// </summary>
/// <remarks>
/// <para>A series is predicted anomalous when its score is <b>at least</b> the threshold (<c>score ≥ t</c>),
/// everywhere in this class, so a threshold returned by <see cref="BestF1Threshold"/> or stored in a
/// <see cref="RocPoint"/> reproduces its numbers when passed to <see cref="Confusion"/>.</para>
/// <para>Every method rejects, with an <see cref="ArgumentException"/> naming the argument: empty input,
/// scores and labels of different lengths, a label other than 0 or 1, and a NaN score.</para>
/// </remarks>
public static class BinaryMetrics
{
    /// <summary>
    /// Area under the ROC curve: the probability that a random anomaly scores higher than a random normal
    /// series, ties counting one half (Mann–Whitney U with average ranks).
    /// </summary>
    /// <param name="scores">One score per series, higher = more anomalous.</param>
    /// <param name="labels">One label per series: 0 normal, 1 anomaly.</param>
    /// <returns>The AUC in [0, 1], or <c>null</c> when the labels hold only one class: the AUC is undefined
    /// then, and reporting 0.5 would pass off "no information" as "a coin flip".</returns>
    public static double? RocAuc(IReadOnlyList<float> scores, IReadOnlyList<int> labels)
    {
        Validate(scores, labels);
        var (positives, negatives) = CountClasses(labels);
        if (positives == 0 || negatives == 0)
        {
            return null;
        }

        var order = Enumerable.Range(0, scores.Count).OrderBy(i => scores[i]).ToArray();
        double positiveRankSum = 0;
        for (var first = 0; first < order.Length;)
        {
            var end = first;
            while (end < order.Length && scores[order[end]] == scores[order[first]])
            {
                end++;
            }

            // Tied scores share the mean of the 1-based ranks first+1 .. end.
            var averageRank = (first + 1 + end) / 2.0;
            for (var k = first; k < end; k++)
            {
                positiveRankSum += labels[order[k]] * averageRank;
            }

            first = end;
        }

        var u = positiveRankSum - (positives * (positives + 1) / 2.0);
        return u / ((double)positives * negatives);
    }

    /// <summary>
    /// Average precision: Σₖ (Rₖ − Rₖ₋₁)·Pₖ over the distinct score thresholds from high to low (the
    /// step-wise area under the precision–recall curve, as scikit-learn computes it; tied scores form one step).
    /// </summary>
    /// <param name="scores">One score per series, higher = more anomalous.</param>
    /// <param name="labels">One label per series: 0 normal, 1 anomaly.</param>
    /// <returns>The AP in [0, 1], or <c>null</c> when the labels hold only one class (undefined without
    /// anomalies; without normal series every ranking scores 1, which says nothing).</returns>
    public static double? AveragePrecision(IReadOnlyList<float> scores, IReadOnlyList<int> labels)
    {
        Validate(scores, labels);
        var (positives, negatives) = CountClasses(labels);
        if (positives == 0 || negatives == 0)
        {
            return null;
        }

        double sum = 0;
        var previousRecall = 0.0;
        foreach (var cut in Cuts(scores, labels))
        {
            var recall = (double)cut.TruePositives / positives;
            var precision = (double)cut.TruePositives / (cut.TruePositives + cut.FalsePositives);
            sum += (recall - previousRecall) * precision;
            previousRecall = recall;
        }

        return sum;
    }

    /// <summary>Counts decisions at a threshold: a series is predicted anomalous when its score is ≥ <paramref name="threshold"/>.</summary>
    /// <param name="scores">One score per series, higher = more anomalous.</param>
    /// <param name="labels">One label per series: 0 normal, 1 anomaly.</param>
    /// <param name="threshold">Decision threshold; 0.5 suits sigmoid probabilities. Must not be NaN.</param>
    public static ConfusionMatrix Confusion(IReadOnlyList<float> scores, IReadOnlyList<int> labels, double threshold = 0.5)
    {
        Validate(scores, labels);
        ValidateThreshold(threshold);
        int tn = 0, fp = 0, fn = 0, tp = 0;
        for (var i = 0; i < scores.Count; i++)
        {
            var predictedAnomaly = scores[i] >= threshold;
            switch (labels[i], predictedAnomaly)
            {
                case (0, false): tn++; break;
                case (0, true): fp++; break;
                case (1, false): fn++; break;
                default: tp++; break;
            }
        }

        return new ConfusionMatrix(tn, fp, fn, tp);
    }

    /// <summary>All the course's numbers for one scored set; see <see cref="ClassificationReport"/>.</summary>
    /// <param name="scores">One score per series, higher = more anomalous.</param>
    /// <param name="labels">One label per series: 0 normal, 1 anomaly.</param>
    /// <param name="threshold">Decision threshold for the threshold-dependent numbers (score ≥ threshold → anomaly).</param>
    public static ClassificationReport Evaluate(IReadOnlyList<float> scores, IReadOnlyList<int> labels, double threshold = 0.5)
    {
        var confusion = Confusion(scores, labels, threshold);
        return new ClassificationReport(
            Count: confusion.Total,
            Threshold: threshold,
            Accuracy: confusion.Accuracy,
            Precision: confusion.Precision,
            Recall: confusion.Recall,
            F1: confusion.F1,
            RocAuc: RocAuc(scores, labels),
            AveragePrecision: AveragePrecision(scores, labels),
            Confusion: confusion);
    }

    /// <summary>
    /// The ROC curve: one point per distinct score (used as the threshold, high to low), preceded by
    /// (0, 0) at threshold +∞ and ending at (1, 1). Tied scores make one diagonal step.
    /// </summary>
    /// <param name="scores">One score per series, higher = more anomalous.</param>
    /// <param name="labels">One label per series: 0 normal, 1 anomaly; both classes must occur.</param>
    /// <exception cref="ArgumentException">Only one class in <paramref name="labels"/> (one of the rates is undefined).</exception>
    public static IReadOnlyList<RocPoint> RocCurve(IReadOnlyList<float> scores, IReadOnlyList<int> labels)
    {
        Validate(scores, labels);
        var (positives, negatives) = CountClasses(labels);
        if (positives == 0 || negatives == 0)
        {
            throw new ArgumentException(
                $"A ROC curve needs both classes, but labels hold {positives} anomalies and {negatives} normal series.", nameof(labels));
        }

        var points = new List<RocPoint> { new(0, 0, double.PositiveInfinity) };
        foreach (var cut in Cuts(scores, labels))
        {
            points.Add(new RocPoint((double)cut.FalsePositives / negatives, (double)cut.TruePositives / positives, cut.Threshold));
        }

        return points;
    }

    /// <summary>
    /// The precision–recall curve, recall rising: one point per distinct score (used as the threshold,
    /// high to low), preceded by the conventional start (recall 0, precision 1) at threshold +∞.
    /// </summary>
    /// <param name="scores">One score per series, higher = more anomalous.</param>
    /// <param name="labels">One label per series: 0 normal, 1 anomaly; at least one anomaly must occur.</param>
    /// <exception cref="ArgumentException">No anomaly in <paramref name="labels"/> (recall is undefined).</exception>
    public static IReadOnlyList<PrecisionRecallPoint> PrecisionRecallCurve(IReadOnlyList<float> scores, IReadOnlyList<int> labels)
    {
        Validate(scores, labels);
        var positives = RequirePositives(labels, "A precision–recall curve");
        var points = new List<PrecisionRecallPoint> { new(0, 1, double.PositiveInfinity) };
        foreach (var cut in Cuts(scores, labels))
        {
            points.Add(new PrecisionRecallPoint(
                (double)cut.TruePositives / positives,
                (double)cut.TruePositives / (cut.TruePositives + cut.FalsePositives),
                cut.Threshold));
        }

        return points;
    }

    /// <summary>
    /// The threshold with the highest F1, trying every distinct score. Choose it on the <b>validation</b>
    /// split and then apply it to the test split — never choose it on test, or the test F1 is optimistic.
    /// </summary>
    /// <remarks>When several thresholds reach the same F1 the highest (fewest alarms) wins.</remarks>
    /// <param name="scores">One score per series, higher = more anomalous.</param>
    /// <param name="labels">One label per series: 0 normal, 1 anomaly; at least one anomaly must occur.</param>
    /// <exception cref="ArgumentException">No anomaly in <paramref name="labels"/> (F1 is 0 at every threshold).</exception>
    public static ThresholdChoice BestF1Threshold(IReadOnlyList<float> scores, IReadOnlyList<int> labels)
    {
        Validate(scores, labels);
        var positives = RequirePositives(labels, "Choosing a threshold by F1");
        ThresholdChoice? best = null;
        foreach (var cut in Cuts(scores, labels))
        {
            var matrix = new ConfusionMatrix(0, cut.FalsePositives, positives - cut.TruePositives, cut.TruePositives);
            if (best is null || matrix.F1 > best.F1)
            {
                best = new ThresholdChoice(cut.Threshold, matrix.F1, matrix.Precision, matrix.Recall);
            }
        }

        return best!;
    }

    /// <summary>Checks the arguments every metric shares; throws <see cref="ArgumentException"/> naming the bad one.</summary>
    internal static void Validate(IReadOnlyList<float> scores, IReadOnlyList<int> labels)
    {
        ArgumentNullException.ThrowIfNull(scores);
        ArgumentNullException.ThrowIfNull(labels);
        if (scores.Count == 0)
        {
            throw new ArgumentException("scores is empty; metrics need at least one scored series.", nameof(scores));
        }

        if (labels.Count != scores.Count)
        {
            throw new ArgumentException(
                $"labels has {labels.Count} entries but scores has {scores.Count}; they must pair up one to one.", nameof(labels));
        }

        for (var i = 0; i < scores.Count; i++)
        {
            if (float.IsNaN(scores[i]))
            {
                throw new ArgumentException($"scores[{i}] is NaN; a NaN score cannot be ranked (did training diverge?).", nameof(scores));
            }

            if (labels[i] is not (0 or 1))
            {
                throw new ArgumentException($"labels[{i}] is {labels[i]}; labels must be 0 (normal) or 1 (anomaly).", nameof(labels));
            }
        }
    }

    private static void ValidateThreshold(double threshold)
    {
        if (double.IsNaN(threshold))
        {
            throw new ArgumentOutOfRangeException(nameof(threshold), threshold, "threshold must be a number, not NaN.");
        }
    }

    private static (int Positives, int Negatives) CountClasses(IReadOnlyList<int> labels)
    {
        var positives = labels.Sum();
        return (positives, labels.Count - positives);
    }

    private static int RequirePositives(IReadOnlyList<int> labels, string what)
    {
        var positives = CountClasses(labels).Positives;
        return positives > 0
            ? positives
            : throw new ArgumentException($"{what} needs at least one anomaly (label 1), but labels hold none.", nameof(labels));
    }

    /// <summary>
    /// Cumulative counts when predicting "anomaly" for score ≥ threshold, one entry per distinct score
    /// from the highest to the lowest. Ties fall on the same side of every threshold, so they share an entry.
    /// </summary>
    private static List<Cut> Cuts(IReadOnlyList<float> scores, IReadOnlyList<int> labels)
    {
        var order = Enumerable.Range(0, scores.Count).OrderByDescending(i => scores[i]).ToArray();
        var cuts = new List<Cut>();
        int tp = 0, fp = 0;
        for (var k = 0; k < order.Length; k++)
        {
            if (labels[order[k]] == 1)
            {
                tp++;
            }
            else
            {
                fp++;
            }

            var lastOfTie = k == order.Length - 1 || scores[order[k + 1]] != scores[order[k]];
            if (lastOfTie)
            {
                cuts.Add(new Cut(scores[order[k]], tp, fp));
            }
        }

        return cuts;
    }

    private readonly record struct Cut(double Threshold, int TruePositives, int FalsePositives);
}
