using AttnTutorial.Evaluation;

namespace AttnTutorial.Unsupervised;

/// <summary>
/// Introduced in chapter 14. GDN's per-sensor anomaly score (Deng &amp; Hooi, AAAI 2021): a sensor's absolute forecast
/// error, centred and scaled by that sensor's own typical error, then averaged over the last few steps. Sensors that
/// are hard to forecast even when all is well do not drown the others, so the largest score can name a root cause.
/// </summary>
/// <remarks>
/// <para>a_i(t) = (1/S) Σ_{s=t−S+1..t} (|e_i(s)| − μ̃_i) / (σ̃_i + ε), with μ̃_i the median and σ̃_i the inter-quartile
/// range of sensor i's absolute errors on a normal validation part, ε = <see cref="Epsilon"/>, and S
/// <see cref="SmoothingSteps"/> (the first S − 1 steps average what there is).</para>
/// <para>The reference code takes the median and IQR of the test errors themselves (and of the signed error); here
/// they come from validation, so scoring a test step never looks at other test steps.</para>
/// </remarks>
public sealed class NormalisedDeviation
{
    /// <summary>ε, added to the IQR so a sensor with almost no validation error does not divide by zero (the reference's value).</summary>
    public const float Epsilon = 1e-2f;

    private readonly float[] _median;
    private readonly float[] _iqr;

    private NormalisedDeviation(float[] median, float[] iqr, int smoothingSteps)
    {
        _median = median;
        _iqr = iqr;
        SmoothingSteps = smoothingSteps;
    }

    /// <summary>μ̃_i, the median absolute validation error per sensor.</summary>
    public IReadOnlyList<float> Median => _median;

    /// <summary>σ̃_i, the inter-quartile range (75th − 25th percentile) of the absolute validation errors per sensor.</summary>
    public IReadOnlyList<float> Iqr => _iqr;

    /// <summary>S, the steps averaged by <see cref="Score"/>.</summary>
    public int SmoothingSteps { get; }

    /// <summary>Fits μ̃ and σ̃ per sensor on forecast errors of normal data.</summary>
    /// <param name="validationErrors">Per sensor, the forecast errors (sign ignored) on a normal validation part: <c>[sensor][step]</c>.</param>
    /// <param name="smoothingSteps">S, at least 1 (1 = no smoothing). GDN uses 4.</param>
    public static NormalisedDeviation Fit(IReadOnlyList<IReadOnlyList<float>> validationErrors, int smoothingSteps)
    {
        ArgumentNullException.ThrowIfNull(validationErrors);
        InvalidOptionException.ThrowUnless(smoothingSteps >= 1, nameof(smoothingSteps), smoothingSteps, "at least 1");
        if (validationErrors.Count == 0) throw new ArgumentException("validationErrors has no sensors.", nameof(validationErrors));
        var median = new float[validationErrors.Count];
        var iqr = new float[validationErrors.Count];
        for (int i = 0; i < validationErrors.Count; i++)
        {
            var sorted = validationErrors[i].Select(e => (double)Math.Abs(e)).Order().ToList();
            if (sorted.Count == 0) throw new ArgumentException($"validationErrors holds no steps for sensor {i}.", nameof(validationErrors));
            if (sorted.Any(double.IsNaN)) throw new ArgumentException($"validationErrors holds NaN for sensor {i}.", nameof(validationErrors));
            median[i] = (float)Bootstrap.Percentile(sorted, 0.5);
            iqr[i] = (float)(Bootstrap.Percentile(sorted, 0.75) - Bootstrap.Percentile(sorted, 0.25));
        }
        return new NormalisedDeviation(median, iqr, smoothingSteps);
    }

    /// <summary>a_i(t) for every sensor and step of <paramref name="errors"/> (same shape), using only steps ≤ t.</summary>
    /// <param name="errors">Forecast errors (sign ignored) <c>[sensor][step]</c>, one row per fitted sensor.</param>
    public float[][] Score(IReadOnlyList<IReadOnlyList<float>> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (errors.Count != _median.Length)
            throw new ArgumentException($"errors has {errors.Count} sensors; the deviation was fitted on {_median.Length}.", nameof(errors));
        var scores = new float[errors.Count][];
        for (int i = 0; i < errors.Count; i++)
        {
            var row = errors[i];
            scores[i] = new float[row.Count];
            double window = 0, scale = _iqr[i] + Epsilon;
            var recent = new Queue<double>(SmoothingSteps);
            for (int t = 0; t < row.Count; t++)
            {
                double a = (Math.Abs(row[t]) - _median[i]) / scale;
                recent.Enqueue(a);
                window += a;
                if (recent.Count > SmoothingSteps) window -= recent.Dequeue();
                scores[i][t] = (float)(window / recent.Count);
            }
        }
        return scores;
    }
}
