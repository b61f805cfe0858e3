namespace AttnTutorial.Unsupervised;

/// <summary>
/// A prediction-error detector's scores per step and per channel: what <see cref="TransformerDetector.Errors"/> returns.
/// Chapter 13 plots <see cref="Scores"/>; chapter 14 ranks <see cref="ChannelErrors"/> to say which metric broke.
/// </summary>
/// <param name="Scores">Per step (length T): the squared error averaged over channels, in z units; causal (uses steps ≤ t).</param>
/// <param name="ChannelErrors">Per channel and step, [C][T]: the squared error of that channel alone.</param>
/// <param name="FirstScoredStep">The first step with a score of its own; earlier steps (no full window yet) hold the lowest score given elsewhere.</param>
public sealed record StepErrors(float[] Scores, float[][] ChannelErrors, int FirstScoredStep)
{
    /// <summary>Number of steps T.</summary>
    public int Length => Scores.Length;

    /// <summary>
    /// Per channel (length C), its share of the squared error over steps [start, end), e.g. a detected anomaly run: sums to 1
    /// (all 0 when there is no error), ready for <see cref="RealData.ChannelAttribution.Top"/> and <see cref="RealData.ChannelAttribution.HitRate"/>.
    /// </summary>
    public float[] ChannelShares(int start, int end)
    {
        if (start < 0 || end > Length || start >= end)
            throw new ArgumentOutOfRangeException(nameof(start), $"[{start}, {end}) is not a non-empty range inside [0, {Length}).");
        var shares = ChannelErrors.Select(errors => (float)errors.Skip(start).Take(end - start).Average(e => (double)e)).ToArray();
        float total = shares.Sum();
        if (total > 0)
        {
            for (int c = 0; c < shares.Length; c++) shares[c] /= total;
        }
        return shares;
    }
}
