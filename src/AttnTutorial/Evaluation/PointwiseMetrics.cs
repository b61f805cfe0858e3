namespace AttnTutorial.Evaluation;

/// <summary>
/// Metrics over time steps: every time step of every series is one decision (score ≥ threshold → anomalous point),
/// compared with the per-time-step masks. Scores are per series per time step, higher = more anomalous.
/// </summary>
/// <remarks>
/// <para><b>Point adjustment, and why to distrust it.</b> Many anomaly-detection papers report a point-adjusted F1: if
/// any point inside a true anomalous segment is flagged, the whole segment counts as detected. A detector that flags one
/// point of a 100-step segment thereby gets 100 true positives. The adjustment only ever turns false negatives into
/// true positives, so it never lowers recall, and it rewards scattering alarms: uniformly random scores are enough.
/// On 20 series of 200 steps with one 40-step segment each, U(0, 1) scores at threshold 0.95 give a point-wise F1
/// of 0.09 and a point-adjusted F1 of 0.89 (the <c>PointAdjustedF1_RandomScores_AreInflated</c> test holds these
/// numbers). Report plain point-wise F1 next to any point-adjusted number, and a random-score baseline with it.</para>
/// <para>Every method rejects, with an <see cref="ArgumentException"/>: no series, scores and masks of different
/// counts or lengths, and a NaN score.</para>
/// </remarks>
public static class PointwiseMetrics
{
    /// <summary>Counts of point decisions over all time steps of all series.</summary>
    /// <param name="scores">Per series, one score per time step.</param>
    /// <param name="masks">Per series, true at anomalous time steps (<see cref="Data.SeriesSample.Mask"/>).</param>
    /// <param name="threshold">A point is predicted anomalous when its score is ≥ this.</param>
    public static ConfusionMatrix Confusion(IReadOnlyList<IReadOnlyList<float>> scores, IReadOnlyList<IReadOnlyList<bool>> masks, double threshold = 0.5)
    {
        Validate(scores, masks);
        return Count(scores, masks, threshold, adjust: false);
    }

    /// <summary>The same counts after point adjustment (<see cref="PointAdjust"/>) of every series. Inflated by design; see the remarks.</summary>
    /// <param name="scores">Per series, one score per time step.</param>
    /// <param name="masks">Per series, true at anomalous time steps.</param>
    /// <param name="threshold">A point is predicted anomalous when its score is ≥ this.</param>
    public static ConfusionMatrix PointAdjustedConfusion(IReadOnlyList<IReadOnlyList<float>> scores, IReadOnlyList<IReadOnlyList<bool>> masks, double threshold = 0.5)
    {
        Validate(scores, masks);
        return Count(scores, masks, threshold, adjust: true);
    }

    /// <summary>Point-wise and point-adjusted precision, recall and F1 at one threshold, and the threshold-free ROC-AUC and average precision over points.</summary>
    /// <param name="scores">Per series, one score per time step.</param>
    /// <param name="masks">Per series, true at anomalous time steps.</param>
    /// <param name="threshold">A point is predicted anomalous when its score is ≥ this.</param>
    public static PointwiseReport Evaluate(IReadOnlyList<IReadOnlyList<float>> scores, IReadOnlyList<IReadOnlyList<bool>> masks, double threshold = 0.5) =>
        new(threshold, Confusion(scores, masks, threshold), PointAdjustedConfusion(scores, masks, threshold), RocAuc(scores, masks))
        {
            AveragePrecision = AveragePrecision(scores, masks),
        };

    /// <summary>ROC-AUC with every time step as one example (see <see cref="BinaryMetrics.RocAuc"/>); null when all points are of one class.</summary>
    public static double? RocAuc(IReadOnlyList<IReadOnlyList<float>> scores, IReadOnlyList<IReadOnlyList<bool>> masks)
    {
        var (flatScores, flatLabels) = Flatten(scores, masks);
        return BinaryMetrics.RocAuc(flatScores, flatLabels);
    }

    /// <summary>Average precision with every time step as one example (see <see cref="BinaryMetrics.AveragePrecision"/>); null when all points are of one class.</summary>
    public static double? AveragePrecision(IReadOnlyList<IReadOnlyList<float>> scores, IReadOnlyList<IReadOnlyList<bool>> masks)
    {
        var (flatScores, flatLabels) = Flatten(scores, masks);
        return BinaryMetrics.AveragePrecision(flatScores, flatLabels);
    }

    /// <summary>The threshold with the best point-wise (unadjusted) F1. Choose it on validation, apply it to test.</summary>
    public static ThresholdChoice BestF1Threshold(IReadOnlyList<IReadOnlyList<float>> scores, IReadOnlyList<IReadOnlyList<bool>> masks)
    {
        var (flatScores, flatLabels) = Flatten(scores, masks);
        return BinaryMetrics.BestF1Threshold(flatScores, flatLabels);
    }

    /// <summary>
    /// Point adjustment of one series: every true segment (<see cref="Segments"/>) that contains at least one predicted
    /// point becomes predicted in full; predictions outside true segments are left as they are.
    /// </summary>
    /// <param name="predicted">Predicted anomalous points, length T.</param>
    /// <param name="mask">True anomalous points, length T.</param>
    /// <returns>A new array; the inputs are not changed.</returns>
    /// <remarks>Classic point adjustment is PA%K with K = 0: this checks its own arguments (so errors name them) and
    /// hands the work to <see cref="PaperProtocol.PointAdjustAtLeast"/>, the one implementation, which
    /// <see cref="RealData.EventScoring.PointAdjust"/> uses too.</remarks>
    public static bool[] PointAdjust(IReadOnlyList<bool> predicted, IReadOnlyList<bool> mask)
    {
        ArgumentNullException.ThrowIfNull(predicted);
        ArgumentNullException.ThrowIfNull(mask);
        if (predicted.Count != mask.Count)
            throw new ArgumentException($"predicted has {predicted.Count} steps but mask has {mask.Count}.", nameof(predicted));
        return PaperProtocol.PointAdjustAtLeast(predicted, mask, percentK: 0);
    }

    /// <summary>The maximal runs of true values, as half-open spans [Start, End), in order.</summary>
    /// <remarks>The tuple form of <see cref="RealData.StepRange.Runs"/>, which finds them.</remarks>
    public static IReadOnlyList<(int Start, int End)> Segments(IReadOnlyList<bool> mask) =>
        RealData.StepRange.Runs(mask).Select(run => (run.Start, run.End)).ToArray();

    private static ConfusionMatrix Count(IReadOnlyList<IReadOnlyList<float>> scores, IReadOnlyList<IReadOnlyList<bool>> masks, double threshold, bool adjust)
    {
        if (double.IsNaN(threshold)) throw new ArgumentOutOfRangeException(nameof(threshold), threshold, "threshold must be a number, not NaN.");
        int tn = 0, fp = 0, fn = 0, tp = 0;
        for (int i = 0; i < scores.Count; i++)
        {
            bool[] predicted = scores[i].Select(s => s >= threshold).ToArray();
            if (adjust) predicted = PointAdjust(predicted, masks[i]);
            for (int t = 0; t < predicted.Length; t++)
            {
                switch (masks[i][t], predicted[t])
                {
                    case (false, false): tn++; break;
                    case (false, true): fp++; break;
                    case (true, false): fn++; break;
                    default: tp++; break;
                }
            }
        }
        return new ConfusionMatrix(tn, fp, fn, tp);
    }

    private static (float[] Scores, int[] Labels) Flatten(IReadOnlyList<IReadOnlyList<float>> scores, IReadOnlyList<IReadOnlyList<bool>> masks)
    {
        Validate(scores, masks);
        var flatScores = scores.SelectMany(s => s).ToArray();
        var flatLabels = masks.SelectMany(m => m.Select(b => b ? 1 : 0)).ToArray();
        return (flatScores, flatLabels);
    }

    private static void Validate(IReadOnlyList<IReadOnlyList<float>> scores, IReadOnlyList<IReadOnlyList<bool>> masks)
    {
        ArgumentNullException.ThrowIfNull(scores);
        ArgumentNullException.ThrowIfNull(masks);
        if (scores.Count == 0) throw new ArgumentException("scores is empty; point-wise metrics need at least one series.", nameof(scores));
        if (masks.Count != scores.Count)
            throw new ArgumentException($"masks has {masks.Count} series but scores has {scores.Count}; they must pair up one to one.", nameof(masks));
        for (int i = 0; i < scores.Count; i++)
        {
            if (scores[i].Count != masks[i].Count)
                throw new ArgumentException($"scores[{i}] has {scores[i].Count} steps but masks[{i}] has {masks[i].Count}.", nameof(scores));
            for (int t = 0; t < scores[i].Count; t++)
            {
                if (float.IsNaN(scores[i][t])) throw new ArgumentException($"scores[{i}][{t}] is NaN; a NaN score cannot be thresholded.", nameof(scores));
            }
        }
    }
}
