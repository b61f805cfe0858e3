namespace AttnTutorial.RealData;

/// <summary>
/// Window scores mapped back to a long series' time axis: what <see cref="StreamingScorer"/> returns and the
/// chapter plots under the series.
/// </summary>
/// <param name="Scores">Per step (length T): the mean anomaly score of the windows that cover the step.</param>
/// <param name="Attention">Per step (length T): the mean attention weight the covering windows gave the step. Each window's weights sum to 1, so values are about 1/L where attention is spread evenly and larger where windows focus.</param>
/// <param name="Coverage">Per step (length T): how many windows cover it (at least 1).</param>
/// <param name="WindowStarts">First step of each scored window.</param>
/// <param name="WindowScores">Each window's own score, in the order of <paramref name="WindowStarts"/>.</param>
/// <param name="WindowLength">Steps per window L.</param>
public sealed record StepScores(float[] Scores, float[] Attention, int[] Coverage, int[] WindowStarts, float[] WindowScores, int WindowLength)
{
    /// <summary>Number of steps T.</summary>
    public int Length => Scores.Length;
}
