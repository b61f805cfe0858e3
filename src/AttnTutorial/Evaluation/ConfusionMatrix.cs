namespace AttnTutorial.Evaluation;

/// <summary>
/// Counts of a binary classifier's decisions, laid out as in the seeds: rows are the actual class
/// (normal, anomaly), columns the predicted class (normal, anomaly).
/// Introduced in chapter 06.
/// </summary>
/// <remarks>
/// Ratios that would divide by zero are reported as 0 rather than NaN: precision with no predicted
/// positives, recall with no actual positives, F1 when precision and recall are both 0, accuracy of an
/// empty matrix. This matches scikit-learn's <c>zero_division=0</c>, and a 0 reads as "this model found
/// nothing", which is what such a model did.
/// </remarks>
/// <param name="TrueNegatives">Actual normal, predicted normal (row 0, column 0).</param>
/// <param name="FalsePositives">Actual normal, predicted anomaly (row 0, column 1): false alarms.</param>
/// <param name="FalseNegatives">Actual anomaly, predicted normal (row 1, column 0): missed anomalies.</param>
/// <param name="TruePositives">Actual anomaly, predicted anomaly (row 1, column 1).</param>
public sealed record ConfusionMatrix(int TrueNegatives, int FalsePositives, int FalseNegatives, int TruePositives)
{
    public int TrueNegatives { get; init; } = NonNegative(TrueNegatives, nameof(TrueNegatives));

    public int FalsePositives { get; init; } = NonNegative(FalsePositives, nameof(FalsePositives));

    public int FalseNegatives { get; init; } = NonNegative(FalseNegatives, nameof(FalseNegatives));

    public int TruePositives { get; init; } = NonNegative(TruePositives, nameof(TruePositives));

    /// <summary>Number of series counted.</summary>
    public int Total => TrueNegatives + FalsePositives + FalseNegatives + TruePositives;

    /// <summary>Number of actual anomalies (TP + FN).</summary>
    public int ActualPositives => TruePositives + FalseNegatives;

    /// <summary>Number of actual normal series (TN + FP).</summary>
    public int ActualNegatives => TrueNegatives + FalsePositives;

    /// <summary>Number of series predicted anomalous (TP + FP).</summary>
    public int PredictedPositives => TruePositives + FalsePositives;

    /// <summary>(TP + TN) / total; 0 for an empty matrix.</summary>
    public double Accuracy => Ratio(TruePositives + TrueNegatives, Total);

    /// <summary>TP / (TP + FP): of the alarms raised, the share that were anomalies; 0 when nothing was predicted anomalous.</summary>
    public double Precision => Ratio(TruePositives, PredictedPositives);

    /// <summary>TP / (TP + FN): of the anomalies, the share caught; 0 when there were no anomalies.</summary>
    public double Recall => Ratio(TruePositives, ActualPositives);

    /// <summary>Harmonic mean of precision and recall; 0 when both are 0.</summary>
    public double F1
    {
        get
        {
            // 2TP / (2TP + FP + FN) equals 2PR / (P + R) and avoids rounding through the two ratios.
            return Ratio(2 * TruePositives, (2 * TruePositives) + FalsePositives + FalseNegatives);
        }
    }

    /// <summary>FP / (FP + TN): the false-alarm rate, the ROC curve's x axis; 0 when there were no normal series.</summary>
    public double FalsePositiveRate => Ratio(FalsePositives, ActualNegatives);

    /// <summary>TN / (TN + FP); 0 when there were no normal series.</summary>
    public double Specificity => Ratio(TrueNegatives, ActualNegatives);

    /// <summary>The counts as a 2×2 array <c>[actual, predicted]</c> with 0 = normal, 1 = anomaly.</summary>
    public int[,] ToArray() => new[,] { { TrueNegatives, FalsePositives }, { FalseNegatives, TruePositives } };

    /// <summary>An HTML table of the counts (what a notebook cell shows); see <see cref="ConfusionMatrixTable"/>.</summary>
    public string ToHtml() => new ConfusionMatrixTable(this).ToHtml();

    private static double Ratio(int numerator, int denominator) => denominator == 0 ? 0 : (double)numerator / denominator;

    private static int NonNegative(int count, string name) =>
        count >= 0 ? count : throw new ArgumentOutOfRangeException(name, count, $"{name} is a count and must be 0 or more.");
}
