namespace AttnTutorial.Unsupervised;

/// <summary>
/// What <see cref="AnomalyTransformerDetector.Details"/> returns per step (each from the window ending at the step, so
/// causal): the score and the two things it multiplies, for chapter 13's "association discrepancy over time" plot.
/// </summary>
/// <param name="Scores">Per step (length T): softmax over the window of −τ·AssDis, at the step, times its squared error.</param>
/// <param name="Discrepancy">Per step: AssDis, the symmetric KL between prior and series association averaged over layers and heads; small where the step attends only to its neighbours (the paper's anomaly signature).</param>
/// <param name="ReconstructionError">Per step: the squared reconstruction error averaged over channels, in z units.</param>
/// <param name="FirstScoredStep">The first step with a window of its own; earlier steps hold the lowest value of each array given elsewhere.</param>
public sealed record AssociationScores(float[] Scores, float[] Discrepancy, float[] ReconstructionError, int FirstScoredStep)
{
    /// <summary>Number of steps T.</summary>
    public int Length => Scores.Length;
}
