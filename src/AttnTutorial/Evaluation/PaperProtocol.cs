namespace AttnTutorial.Evaluation;

/// <summary>
/// The thresholding protocol many anomaly-detection papers report (OmniAnomaly, Anomaly Transformer and their
/// successors): the threshold is the score at a percentile of the training and test scores together, alarms are
/// point-adjusted, and F1 is computed on the adjusted alarms. The course implements it only to audit it.
/// </summary>
/// <remarks>
/// <para>Two things make its numbers look better than the detector is. The threshold sees the test scores (and is
/// usually set with the known anomaly ratio); and point adjustment turns one alarm inside a long labelled run into a
/// detection of every step of it, so random scores reach a high F1 (Kim et al., AAAI 2022). Kim et al. proposed PA%K
/// (<see cref="PointAdjustAtLeast"/>): adjust a run only when at least K % of it alarmed, and report the curve over K.</para>
/// <para>Chapter 12's audit scores the course's detectors and random scores both ways.</para>
/// </remarks>
public static class PaperProtocol
{
    /// <summary>
    /// The threshold at the <paramref name="percentile"/>-th percentile of training and test scores pooled (linear
    /// interpolation between order statistics, as NumPy's <c>np.percentile</c>), e.g. 100 × (1 − anomaly ratio).
    /// </summary>
    /// <param name="trainingScores">Scores of the training part.</param>
    /// <param name="testScores">Scores of the test part (using them is the protocol's flaw).</param>
    /// <param name="percentile">In [0, 100].</param>
    public static double PooledPercentileThreshold(IReadOnlyList<float> trainingScores, IReadOnlyList<float> testScores, double percentile)
    {
        ArgumentNullException.ThrowIfNull(trainingScores);
        ArgumentNullException.ThrowIfNull(testScores);
        InvalidOptionException.ThrowUnless(percentile is >= 0 and <= 100, nameof(percentile), percentile, "in [0, 100]");
        var pooled = trainingScores.Concat(testScores).Select(s => (double)s).ToList();
        if (pooled.Count == 0) throw new ArgumentException("No scores to take a percentile of.", nameof(testScores));
        if (pooled.Any(double.IsNaN)) throw new ArgumentException("The scores hold NaN.", nameof(testScores));
        pooled.Sort();
        return Bootstrap.Percentile(pooled, percentile / 100);
    }

    /// <summary>
    /// PA%K of one series (Kim et al., AAAI 2022): a labelled run becomes alarmed in full when at least
    /// <paramref name="percentK"/> % of its steps alarmed; otherwise the alarms stay as they are. K = 0 is classic point
    /// adjustment (any one alarm suffices); K = 100 leaves the alarms unchanged.
    /// </summary>
    /// <param name="alarms">Per step: alarmed (length T).</param>
    /// <param name="labels">Per step: inside a labelled anomaly (length T).</param>
    /// <param name="percentK">In [0, 100].</param>
    /// <returns>A new array; the inputs are not changed.</returns>
    public static bool[] PointAdjustAtLeast(IReadOnlyList<bool> alarms, IReadOnlyList<bool> labels, double percentK)
    {
        ArgumentNullException.ThrowIfNull(alarms);
        ArgumentNullException.ThrowIfNull(labels);
        if (alarms.Count != labels.Count)
            throw new ArgumentException($"alarms has {alarms.Count} steps but labels has {labels.Count}.", nameof(labels));
        InvalidOptionException.ThrowUnless(percentK is >= 0 and <= 100, nameof(percentK), percentK, "in [0, 100]");
        var adjusted = alarms.ToArray();
        foreach (var (start, end) in PointwiseMetrics.Segments(labels))
        {
            int hits = 0;
            for (int t = start; t < end; t++) if (alarms[t]) hits++;
            // K = 0 still needs one alarm: an untouched run is never adjusted.
            if (hits > 0 && hits * 100.0 >= percentK * (end - start)) Array.Fill(adjusted, true, start, end - start);
        }
        return adjusted;
    }

    /// <summary>
    /// F1 under the protocol: alarms where the test score reaches <paramref name="threshold"/>, point-adjusted with
    /// PA%K (<paramref name="percentK"/> = 0 for the classic protocol), against the test labels.
    /// </summary>
    /// <param name="testScores">Per test step.</param>
    /// <param name="testLabels">Per test step: inside a labelled anomaly.</param>
    /// <param name="threshold">E.g. from <see cref="PooledPercentileThreshold"/>.</param>
    /// <param name="percentK">PA%K's K in [0, 100]; 0 = classic point adjustment. Default 0.</param>
    public static ConfusionMatrix AdjustedConfusion(IReadOnlyList<float> testScores, IReadOnlyList<bool> testLabels, double threshold, double percentK = 0)
    {
        ArgumentNullException.ThrowIfNull(testScores);
        var alarms = testScores.Select(s => s >= threshold).ToArray();
        var adjusted = PointAdjustAtLeast(alarms, testLabels, percentK);
        int tn = 0, fp = 0, fn = 0, tp = 0;
        for (int t = 0; t < adjusted.Length; t++)
        {
            switch (testLabels[t], adjusted[t])
            {
                case (false, false): tn++; break;
                case (false, true): fp++; break;
                case (true, false): fn++; break;
                default: tp++; break;
            }
        }
        return new ConfusionMatrix(tn, fp, fn, tp);
    }
}
