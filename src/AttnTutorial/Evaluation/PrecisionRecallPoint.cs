namespace AttnTutorial.Evaluation;

/// <summary>One point of a precision–recall curve.</summary>
/// <param name="Recall">TP / (TP + FN) at this threshold (x axis).</param>
/// <param name="Precision">TP / (TP + FP) at this threshold (y axis).</param>
/// <param name="Threshold">Scores at or above this are predicted anomalous; +∞ for the curve's (0, 1) start.</param>
public sealed record PrecisionRecallPoint(double Recall, double Precision, double Threshold);
