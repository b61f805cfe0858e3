namespace AttnTutorial.RealData;

/// <summary>
/// Smooths a per-step baseline score exactly as the window detector's score is smoothed, so that a comparison
/// measures the detectors and not the smoothing. Introduced in chapter 12.
/// </summary>
/// <remarks>
/// A window detector's step score is the mean over the windows covering the step (<see cref="StreamingScorer.Map"/>),
/// which averages away single-step noise; a per-step baseline such as <see cref="ZScoreBaseline"/> is not averaged at
/// all. Here each of the detector's windows gets the <b>mean</b> of the baseline's step scores inside it as its window
/// score, and those are mapped back with the detector's own windows: centred like <see cref="StreamingScorer.Map"/>
/// or causal like <see cref="CausalScores"/>. The mean was chosen before any test figure was seen.
/// </remarks>
public static class BaselineSmoothing
{
    /// <summary>The baseline's step scores smoothed with the windows the detector used for <paramref name="model"/>.</summary>
    /// <param name="stepScores">The baseline's score per step (length T).</param>
    /// <param name="model">The detector's scores over the same series (its windows are reused).</param>
    /// <param name="causal">False (default) for the centred mapping, true for the causal one.</param>
    public static float[] LikeModel(IReadOnlyList<float> stepScores, StepScores model, bool causal = false)
    {
        ArgumentNullException.ThrowIfNull(stepScores);
        ArgumentNullException.ThrowIfNull(model);
        if (stepScores.Count != model.Length)
            throw new ArgumentException($"stepScores has {stepScores.Count} steps but the model scored {model.Length}.", nameof(stepScores));
        var windowScores = WindowMeans(stepScores, model.WindowStarts, model.WindowLength);
        return causal
            ? CausalScores.Map(model.Length, model.WindowLength, model.WindowStarts, windowScores).Scores
            : StreamingScorer.Map(model.Length, model.WindowLength, model.WindowStarts, windowScores, null).Scores;
    }

    /// <summary>
    /// The step scores smoothed causally with windows of <paramref name="windows"/>: each window (cut as
    /// <see cref="SlidingWindows.Starts"/> cuts them) gets the mean of the step scores inside it, and step t takes the
    /// mean of the latest window ending at or before t (<see cref="CausalScores"/>). With stride 1 that is the mean of
    /// steps t − L + 1 … t. Steps before the first window ends get the lowest smoothed score
    /// (<see cref="CausalScores.LowestBeforeFirstWindow"/>). Chapter 13's baselines smooth this way, so that they use
    /// the same windows as the attention detectors they are compared with.
    /// </summary>
    /// <param name="stepScores">A score per step (length T, at least one window long).</param>
    /// <param name="windows">Window length L and stride.</param>
    public static float[] Causal(IReadOnlyList<float> stepScores, WindowOptions windows)
    {
        ArgumentNullException.ThrowIfNull(stepScores);
        ArgumentNullException.ThrowIfNull(windows);
        var starts = SlidingWindows.Starts(stepScores.Count, windows);
        var windowScores = WindowMeans(stepScores, starts, windows.Length);
        return CausalScores.LowestBeforeFirstWindow(CausalScores.Map(stepScores.Count, windows.Length, starts, windowScores));
    }

    /// <summary>Per window, the mean step score inside it (prefix sums, so O(T) whatever L is).</summary>
    private static float[] WindowMeans(IReadOnlyList<float> stepScores, int[] starts, int length)
    {
        var prefix = new double[stepScores.Count + 1];
        for (int t = 0; t < stepScores.Count; t++) prefix[t + 1] = prefix[t] + stepScores[t];
        return starts.Select(s => (float)((prefix[s + length] - prefix[s]) / length)).ToArray();
    }
}
