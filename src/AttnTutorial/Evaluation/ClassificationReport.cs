namespace AttnTutorial.Evaluation;

/// <summary>
/// Every number the course reports for a scored set of series, from <see cref="BinaryMetrics.Evaluate"/>.
/// Threshold-dependent numbers (accuracy, precision, recall, F1, confusion) use <see cref="Threshold"/>;
/// ROC-AUC and average precision use the scores alone.
/// Introduced in chapter 06.
/// </summary>
/// <param name="Count">Number of series scored.</param>
/// <param name="Threshold">Decision threshold: a series is predicted anomalous when its score is at least this.</param>
/// <param name="Accuracy">See <see cref="ConfusionMatrix.Accuracy"/>.</param>
/// <param name="Precision">See <see cref="ConfusionMatrix.Precision"/> (0 when nothing was predicted anomalous).</param>
/// <param name="Recall">See <see cref="ConfusionMatrix.Recall"/> (0 when there were no anomalies).</param>
/// <param name="F1">See <see cref="ConfusionMatrix.F1"/>.</param>
/// <param name="RocAuc">ROC-AUC, or null when only one class is present (undefined).</param>
/// <param name="AveragePrecision">Average precision, or null when only one class is present.</param>
/// <param name="Confusion">The counts behind the ratios.</param>
public sealed record ClassificationReport(
    int Count,
    double Threshold,
    double Accuracy,
    double Precision,
    double Recall,
    double F1,
    double? RocAuc,
    double? AveragePrecision,
    ConfusionMatrix Confusion)
{
    /// <summary>An HTML table of the numbers (what a notebook cell shows); see <see cref="MetricTable"/>.</summary>
    public string ToHtml() => MetricTable.For(this).ToHtml();
}
