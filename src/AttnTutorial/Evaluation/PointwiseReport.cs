namespace AttnTutorial.Evaluation;

/// <summary>What <see cref="PointwiseMetrics.Evaluate"/> measured over time steps at one threshold.</summary>
/// <param name="Threshold">Score ≥ threshold → anomalous point.</param>
/// <param name="Confusion">Counts over all time steps, unadjusted.</param>
/// <param name="AdjustedConfusion">Counts after point adjustment (inflated; see <see cref="PointwiseMetrics"/>).</param>
/// <param name="RocAuc">ROC-AUC over all time steps, or null when they are all of one class.</param>
public sealed record PointwiseReport(double Threshold, ConfusionMatrix Confusion, ConfusionMatrix AdjustedConfusion, double? RocAuc)
{
    /// <summary>Average precision (area under the PR curve) over all time steps, or null when they are all of one class. With few anomalous steps it says more than ROC-AUC.</summary>
    public double? AveragePrecision { get; init; }

    /// <summary>Point-wise precision: of the flagged time steps, the share inside a true anomaly.</summary>
    public double Precision => Confusion.Precision;

    /// <summary>Point-wise recall: of the anomalous time steps, the share flagged.</summary>
    public double Recall => Confusion.Recall;

    /// <summary>Point-wise F1: the honest number.</summary>
    public double F1 => Confusion.F1;

    /// <summary>Point-adjusted precision.</summary>
    public double AdjustedPrecision => AdjustedConfusion.Precision;

    /// <summary>Point-adjusted recall: the share of anomalous time steps inside segments hit at least once.</summary>
    public double AdjustedRecall => AdjustedConfusion.Recall;

    /// <summary>Point-adjusted F1, as many papers report it; never below <see cref="Recall"/>-based F1 and easily inflated.</summary>
    public double AdjustedF1 => AdjustedConfusion.F1;
}
