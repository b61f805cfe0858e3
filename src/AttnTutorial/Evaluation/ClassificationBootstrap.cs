namespace AttnTutorial.Evaluation;

/// <summary>
/// Percentile bootstrap intervals for every number of a <see cref="ClassificationReport"/> at a fixed threshold: how much
/// would accuracy, precision, recall, F1 and ROC-AUC move on another test set drawn like this one? Introduced in chapter 06.
/// </summary>
/// <remarks>
/// Each resample draws the same number of series with replacement, computes the report on it and keeps each metric; an
/// interval's ends are the (1 − level)/2 and (1 + level)/2 percentiles of those values (linear interpolation between order
/// statistics). Series are resampled independently, which suits the course's synthetic test splits (one series per item,
/// no neighbours). The interval covers test-set sampling only, not the training seed: for that, train several seeds.
/// </remarks>
public static class ClassificationBootstrap
{
    /// <summary>The report at <paramref name="threshold"/> with a bootstrap interval for each metric.</summary>
    /// <param name="scores">One score per series, higher = more anomalous.</param>
    /// <param name="labels">One label per series: 0 normal, 1 anomaly.</param>
    /// <param name="threshold">Decision threshold for the threshold-dependent metrics (choose it on validation).</param>
    /// <param name="resamples">Number of bootstrap resamples, at least 100. Default 1,000.</param>
    /// <param name="level">Coverage of each interval, in (0, 1). Default 0.95.</param>
    /// <param name="randomSeed">Seed of the resampling; the same seed gives the same intervals. Default 42.</param>
    /// <exception cref="ArgumentException">Scores and labels do not pair up, hold NaN or labels other than 0/1.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="resamples"/> or <paramref name="level"/> is out of range.</exception>
    public static ClassificationIntervals Intervals(
        IReadOnlyList<float> scores,
        IReadOnlyList<int> labels,
        double threshold = 0.5,
        int resamples = 1_000,
        double level = 0.95,
        int randomSeed = 42)
    {
        var report = BinaryMetrics.Evaluate(scores, labels, threshold);
        if (resamples < 100)
        {
            throw new ArgumentOutOfRangeException(nameof(resamples), resamples, "resamples must be at least 100; fewer make the percentiles meaningless.");
        }

        if (!(level is > 0 and < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(level), level, "level must lie strictly between 0 and 1 (e.g. 0.95).");
        }

        int n = scores.Count;
        var random = new Random(randomSeed);
        var sampleScores = new float[n];
        var sampleLabels = new int[n];
        var accuracy = new List<double>(resamples);
        var precision = new List<double>(resamples);
        var recall = new List<double>(resamples);
        var f1 = new List<double>(resamples);
        var rocAuc = new List<double>(resamples);
        for (int r = 0; r < resamples; r++)
        {
            for (int i = 0; i < n; i++)
            {
                int pick = random.Next(n);
                sampleScores[i] = scores[pick];
                sampleLabels[i] = labels[pick];
            }

            var sample = BinaryMetrics.Evaluate(sampleScores, sampleLabels, threshold);
            accuracy.Add(sample.Accuracy);
            precision.Add(sample.Precision);
            recall.Add(sample.Recall);
            f1.Add(sample.F1);
            // Undefined when a resample holds one class only (possible with very few anomalies): skipped.
            if (sample.RocAuc is double auc)
            {
                rocAuc.Add(auc);
            }
        }

        return new ClassificationIntervals(
            report,
            level,
            resamples,
            Interval(accuracy, level),
            Interval(precision, level),
            Interval(recall, level),
            Interval(f1, level),
            rocAuc.Count == 0 ? null : Interval(rocAuc, level));
    }

    // Percentiles as Bootstrap.Interval takes them (NumPy's default interpolation), so both kinds of interval agree.
    private static (double Lower, double Upper) Interval(List<double> values, double level)
    {
        values.Sort();
        double tail = (1 - level) / 2;
        return (Bootstrap.Percentile(values, tail), Bootstrap.Percentile(values, 1 - tail));
    }
}
