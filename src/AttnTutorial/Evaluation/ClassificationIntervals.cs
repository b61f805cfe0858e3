using System.Globalization;

namespace AttnTutorial.Evaluation;

/// <summary>
/// A <see cref="ClassificationReport"/> with a bootstrap interval (lower, upper) for each metric, from
/// <see cref="ClassificationBootstrap.Intervals"/>. Introduced in chapter 06.
/// </summary>
/// <param name="Report">The metrics on the full set: the point estimates.</param>
/// <param name="Level">Coverage of each interval, e.g. 0.95.</param>
/// <param name="Resamples">Number of bootstrap resamples drawn.</param>
/// <param name="Accuracy">Interval for <see cref="ClassificationReport.Accuracy"/>.</param>
/// <param name="Precision">Interval for <see cref="ClassificationReport.Precision"/>.</param>
/// <param name="Recall">Interval for <see cref="ClassificationReport.Recall"/>.</param>
/// <param name="F1">Interval for <see cref="ClassificationReport.F1"/>.</param>
/// <param name="RocAuc">Interval for <see cref="ClassificationReport.RocAuc"/>, over the resamples holding both classes; null when none did.</param>
public sealed record ClassificationIntervals(
    ClassificationReport Report,
    double Level,
    int Resamples,
    (double Lower, double Upper) Accuracy,
    (double Lower, double Upper) Precision,
    (double Lower, double Upper) Recall,
    (double Lower, double Upper) F1,
    (double Lower, double Upper)? RocAuc)
{
    /// <summary>One line per metric: "F1 0.996 [0.990, 1.000]" (three decimals, the interval in brackets).</summary>
    public override string ToString()
    {
        static string Row(string name, double? estimate, (double Lower, double Upper)? interval) =>
            estimate is double e && interval is { } i
                ? string.Create(CultureInfo.InvariantCulture, $"{name,-9} {e:0.000} [{i.Lower:0.000}, {i.Upper:0.000}]")
                : $"{name,-9} {TableText.NotAvailable}";

        return string.Join('\n',
            string.Create(CultureInfo.InvariantCulture, $"{Level:0%} bootstrap intervals, {Resamples} resamples of {Report.Count} series, threshold {Report.Threshold:0.000}"),
            Row("accuracy", Report.Accuracy, Accuracy),
            Row("precision", Report.Precision, Precision),
            Row("recall", Report.Recall, Recall),
            Row("F1", Report.F1, F1),
            Row("ROC-AUC", Report.RocAuc, RocAuc));
    }
}
