namespace AttnTutorial.Evaluation;

/// <summary>
/// Percentile bootstrap intervals for any metric of (scores, labels): how much would the number move on another test
/// set drawn like this one? Introduced in chapter 08.
/// </summary>
/// <remarks>
/// <para>Each resample draws T items with replacement (in blocks of <see cref="BootstrapOptions.BlockLength"/> when
/// neighbours are correlated), the metric is computed on it, and the interval's ends are the (1 − level)/2 and
/// (1 + level)/2 percentiles of those values (linear interpolation between order statistics).</para>
/// <para>The interval covers test-set sampling only. It says nothing about the seed a model was trained with; for
/// that, train several seeds (<see cref="SeedRuns"/>). Report the seed spread when comparing recipes, a bootstrap
/// interval when asking how precisely one model's number is known.</para>
/// </remarks>
public static class Bootstrap
{
    /// <summary>The metric with a percentile bootstrap interval.</summary>
    /// <param name="scores">One score per item, higher = more anomalous.</param>
    /// <param name="labels">One 0/1 label per item.</param>
    /// <param name="metric">E.g. <see cref="BinaryMetrics.RocAuc"/> or <see cref="BinaryMetrics.AveragePrecision"/>; null means undefined for that resample (skipped).</param>
    /// <param name="options">Resamples, level, block length and seed; null for <see cref="BootstrapOptions.Default"/>.</param>
    /// <exception cref="ArgumentException">The metric is undefined on the full data, or on every resample.</exception>
    public static ConfidenceInterval Interval(
        IReadOnlyList<float> scores,
        IReadOnlyList<int> labels,
        Func<IReadOnlyList<float>, IReadOnlyList<int>, double?> metric,
        BootstrapOptions? options = null)
    {
        BinaryMetrics.Validate(scores, labels);
        ArgumentNullException.ThrowIfNull(metric);
        options = (options ?? BootstrapOptions.Default).Validate();
        var estimate = metric(scores, labels)
            ?? throw new ArgumentException("The metric is undefined on the full data (only one class?); there is nothing to put an interval around.", nameof(labels));
        int n = scores.Count;
        int block = Math.Min(options.BlockLength, n);
        var random = new Random(options.RandomSeed);
        var sampleScores = new float[n];
        var sampleLabels = new int[n];
        var values = new List<double>(options.Resamples);
        for (int r = 0; r < options.Resamples; r++)
        {
            for (int filled = 0; filled < n;)
            {
                int start = random.Next(n - block + 1);
                for (int k = 0; k < block && filled < n; k++, filled++)
                {
                    sampleScores[filled] = scores[start + k];
                    sampleLabels[filled] = labels[start + k];
                }
            }
            if (metric(sampleScores, sampleLabels) is double value) values.Add(value);
        }
        if (values.Count == 0)
            throw new ArgumentException($"The metric was undefined on all {options.Resamples} resamples (too few anomalies, or blocks too long?).", nameof(labels));
        values.Sort();
        double tail = (1 - options.Level) / 2;
        return new ConfidenceInterval(estimate, Percentile(values, tail), Percentile(values, 1 - tail), options.Level, values.Count);
    }

    /// <summary>The q-quantile of sorted values, interpolating linearly between order statistics (NumPy's default).</summary>
    internal static double Percentile(IReadOnlyList<double> sorted, double q)
    {
        double position = q * (sorted.Count - 1);
        int below = (int)Math.Floor(position);
        int above = Math.Min(below + 1, sorted.Count - 1);
        return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }
}
