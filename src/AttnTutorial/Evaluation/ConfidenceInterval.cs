using System.Globalization;

namespace AttnTutorial.Evaluation;

/// <summary>
/// A metric on the full data with a bootstrap interval around it (<see cref="Bootstrap.Interval"/>). Introduced in
/// chapter 06, whose <see cref="ClassificationIntervals"/> holds one per metric.
/// </summary>
/// <param name="Estimate">The metric on the data as given.</param>
/// <param name="Lower">Lower end of the interval.</param>
/// <param name="Upper">Upper end of the interval.</param>
/// <param name="Level">The interval's coverage, e.g. 0.95.</param>
/// <param name="Resamples">Resamples that gave a value; a resample with one class only has no ROC-AUC and is skipped.</param>
public sealed record ConfidenceInterval(double Estimate, double Lower, double Upper, double Level, int Resamples)
{
    /// <summary>True when <paramref name="value"/> lies inside [Lower, Upper].</summary>
    public bool Contains(double value) => value >= Lower && value <= Upper;

    /// <summary>E.g. "0.912 [0.871, 0.948]".</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Estimate:0.000} [{Lower:0.000}, {Upper:0.000}]");
}
