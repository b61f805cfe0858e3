namespace AttnTutorial.Evaluation;

/// <summary>One point of a ROC curve.</summary>
/// <param name="FalsePositiveRate">FP / (FP + TN) at this threshold (x axis).</param>
/// <param name="TruePositiveRate">TP / (TP + FN), the recall, at this threshold (y axis).</param>
/// <param name="Threshold">Scores at or above this are predicted anomalous; +∞ for the curve's (0, 0) start.</param>
public sealed record RocPoint(double FalsePositiveRate, double TruePositiveRate, double Threshold);
