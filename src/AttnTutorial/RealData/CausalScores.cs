namespace AttnTutorial.RealData;

/// <summary>
/// Causal mapping of window scores to time steps: step t gets the score of the latest window that <b>ends at or
/// before t</b>, so no step's score looks at data after it. Introduced in chapter 12 beside the centred mapping.
/// </summary>
/// <remarks>
/// <para><see cref="StreamingScorer.Map"/> averages every window that covers a step, so a step's score already uses up
/// to L − 1 later steps: fine for a retrospective report, impossible for an alarm raised as the data arrive. Here a
/// step is scored only by windows that were complete when it arrived; with stride 1 that is the window ending at t,
/// with a larger stride the last one to have ended. The price is delay: an anomaly moves the score only once enough
/// of it is inside the latest window, which <see cref="EventReport.Delays"/> measures.</para>
/// <para>Steps before the first window ends have no causal score: they get 0 (the lowest probability) and
/// <see cref="StepScores.Coverage"/> 0. They lie in the training part in every chapter.</para>
/// <para>Attention is not mapped (all 0): a window's weights describe steps the window has already passed.</para>
/// </remarks>
public static class CausalScores
{
    /// <summary>The causal mapping of the window scores already inside a centred <see cref="StepScores"/> (no re-scoring).</summary>
    /// <param name="centred">What <see cref="StreamingScorer.Score"/>, <see cref="WindowDetector.Score"/> or <see cref="DetectorEnsemble.Score"/> returned.</param>
    public static StepScores From(StepScores centred)
    {
        ArgumentNullException.ThrowIfNull(centred);
        return Map(centred.Length, centred.WindowLength, centred.WindowStarts, centred.WindowScores);
    }

    /// <summary>Maps per-window scores to steps causally.</summary>
    /// <param name="seriesLength">T.</param>
    /// <param name="windowLength">L.</param>
    /// <param name="starts">First step of each window, rising; every window inside [0, T).</param>
    /// <param name="windowScores">One score per window.</param>
    public static StepScores Map(int seriesLength, int windowLength, int[] starts, float[] windowScores)
    {
        ArgumentNullException.ThrowIfNull(starts);
        ArgumentNullException.ThrowIfNull(windowScores);
        InvalidOptionException.ThrowUnless(windowLength >= 1, nameof(windowLength), windowLength, "at least 1");
        if (windowScores.Length != starts.Length)
            throw new ArgumentException($"windowScores has {windowScores.Length} entries but there are {starts.Length} windows.", nameof(windowScores));
        for (int w = 0; w < starts.Length; w++)
        {
            if (starts[w] < 0 || starts[w] + windowLength > seriesLength)
                throw new ArgumentOutOfRangeException(nameof(starts), $"window {w} spans [{starts[w]}, {starts[w] + windowLength}), outside [0, {seriesLength}).");
            if (w > 0 && starts[w] <= starts[w - 1])
                throw new ArgumentException($"starts must rise, but window {w} starts at {starts[w]} after window {w - 1} at {starts[w - 1]}.", nameof(starts));
        }
        var scores = new float[seriesLength];
        var coverage = new int[seriesLength];
        int latest = -1;
        for (int t = 0; t < seriesLength; t++)
        {
            // Advance to the last window whose final step (start + L − 1) is at or before t.
            while (latest + 1 < starts.Length && starts[latest + 1] + windowLength - 1 <= t) latest++;
            if (latest < 0) continue;
            scores[t] = windowScores[latest];
            coverage[t] = 1;
        }
        return new StepScores(scores, new float[seriesLength], coverage, starts, windowScores, windowLength);
    }

    /// <summary>
    /// The causal scores with the steps no window has ended at yet (coverage 0) given the lowest score of the others,
    /// as <see cref="Unsupervised.IUnsupervisedDetector.Score"/> asks: a warm-up step then never outranks a scored one,
    /// whatever the scale of the detector's scores (0 is not the lowest value of every score).
    /// </summary>
    /// <param name="causal">What <see cref="Map"/> or <see cref="From"/> returned.</param>
    /// <returns>A new array of length T.</returns>
    public static float[] LowestBeforeFirstWindow(StepScores causal)
    {
        ArgumentNullException.ThrowIfNull(causal);
        var scores = causal.Scores.ToArray();
        float lowest = float.PositiveInfinity;
        for (int t = 0; t < scores.Length; t++)
        {
            if (causal.Coverage[t] > 0) lowest = Math.Min(lowest, scores[t]);
        }
        if (float.IsPositiveInfinity(lowest)) return scores;
        for (int t = 0; t < scores.Length; t++)
        {
            if (causal.Coverage[t] == 0) scores[t] = lowest;
        }
        return scores;
    }
}
