using AttnTutorial.Evaluation;

namespace AttnTutorial.RealData;

/// <summary>
/// Chooses an alarm threshold honestly: from a validation part's scores and labels, or from training scores
/// alone. Neither method takes a test part; apply the threshold to test scores afterwards, once.
/// </summary>
public static class ThresholdSelection
{
    /// <summary>
    /// The threshold with the best point-wise F1 on a labelled validation part (steps or windows), via
    /// <see cref="BinaryMetrics.BestF1Threshold"/>. Needs at least one labelled anomaly there.
    /// </summary>
    /// <param name="validationScores">Scores of the validation part, higher = more anomalous.</param>
    /// <param name="validationLabels">0/1 labels of the same steps.</param>
    public static ThresholdChoice BestF1OnValidation(IReadOnlyList<float> validationScores, IReadOnlyList<int> validationLabels) =>
        BinaryMetrics.BestF1Threshold(validationScores, validationLabels);

    /// <summary>
    /// The <paramref name="quantile"/>-quantile of scores on (mostly normal) training data: at most a share
    /// 1 − quantile of training steps score strictly above it, so that is roughly the false alarm rate to expect on normal data.
    /// For when no labelled anomaly is available before the test part (NAB's taxi series).
    /// </summary>
    /// <param name="trainingScores">Scores of the training part (or a normal validation part).</param>
    /// <param name="quantile">In (0, 1]; 1 takes the training maximum. E.g. 0.99.</param>
    /// <param name="margin">Multiplies the quantile (≥ 1 raises it): normal test data drifts a little beyond training. Default 1.</param>
    /// <returns>The threshold; steps scoring at or above it are alarms (<see cref="EventScoring.Alarms"/>).</returns>
    public static double QuantileOfTraining(IReadOnlyList<float> trainingScores, double quantile, double margin = 1.0)
    {
        ArgumentNullException.ThrowIfNull(trainingScores);
        if (trainingScores.Count == 0) throw new ArgumentException("trainingScores is empty.", nameof(trainingScores));
        InvalidOptionException.ThrowUnless(quantile > 0 && quantile <= 1, nameof(quantile), quantile, "in (0, 1]");
        InvalidOptionException.ThrowUnless(margin > 0 && double.IsFinite(margin), nameof(margin), margin, "a positive number");
        if (trainingScores.Any(float.IsNaN)) throw new ArgumentException("trainingScores holds NaN.", nameof(trainingScores));
        var sorted = trainingScores.Order().ToArray();
        // The smallest score with at least quantile·n scores at or below it (the "nearest rank" quantile): no interpolation, so it is a score that occurred.
        int rank = Math.Max(1, (int)Math.Ceiling(quantile * sorted.Length));
        return sorted[rank - 1] * margin;
    }
}
