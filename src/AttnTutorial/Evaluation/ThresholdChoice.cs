namespace AttnTutorial.Evaluation;

/// <summary>A decision threshold and what it achieves on the set it was chosen on. Introduced in chapter 06.</summary>
/// <param name="Threshold">Scores at or above this are predicted anomalous; pass it to <see cref="BinaryMetrics.Evaluate"/>.</param>
/// <param name="F1">F1 at this threshold on the set it was chosen on.</param>
/// <param name="Precision">Precision at this threshold on that set.</param>
/// <param name="Recall">Recall at this threshold on that set.</param>
public sealed record ThresholdChoice(double Threshold, double F1, double Precision, double Recall);
