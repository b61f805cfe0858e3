using AttnTutorial.RealData;

namespace AttnTutorial.Evaluation;

/// <summary>
/// How well a per-channel score names the channels behind each anomaly: the <b>channel AUC</b> of a run is the
/// probability that a randomly chosen blamed channel is ranked above a randomly chosen unblamed one (ties count half),
/// i.e. ROC-AUC with the channels as samples. It is 0.5 for a random ranking whatever the number of blamed channels,
/// and 1 when every blamed channel comes first. Introduced in chapter 14 (solution 12 derived it).
/// </summary>
/// <remarks>
/// A top-k hit rate changes meaning with k (its chance level is k / C), so averaging it over runs that blame 1 and 28
/// channels mixes scales; the channel AUC has one chance level for every run.
/// </remarks>
public static class RootCauseEvaluation
{
    /// <summary>The channel AUC of one run.</summary>
    /// <param name="channelScores">One score per channel (length C), higher = more to blame, e.g. <see cref="ZScoreBaseline.ChannelScores"/>.</param>
    /// <param name="blamed">The blamed channels, 0-based.</param>
    /// <returns>The AUC in [0, 1], or null when every channel is blamed (nothing to rank them above).</returns>
    /// <exception cref="ArgumentException"><paramref name="blamed"/> is empty or names a channel outside 0..C−1.</exception>
    public static double? ChannelAuc(IReadOnlyList<float> channelScores, IReadOnlyList<int> blamed)
    {
        ArgumentNullException.ThrowIfNull(channelScores);
        ArgumentNullException.ThrowIfNull(blamed);
        if (blamed.Count == 0) throw new ArgumentException("No channel is blamed; the channel AUC needs at least one.", nameof(blamed));
        var outside = blamed.Where(c => c < 0 || c >= channelScores.Count).ToArray();
        if (outside.Length > 0)
            throw new ArgumentException($"blamed channel {outside[0]} is outside 0..{channelScores.Count - 1} (there are {channelScores.Count} channel scores).", nameof(blamed));
        var labels = new int[channelScores.Count];
        foreach (int c in blamed) labels[c] = 1;
        return BinaryMetrics.RocAuc(channelScores, labels);
    }

    /// <summary>
    /// The channel AUC of every run, and their mean over the runs where it is defined.
    /// </summary>
    /// <param name="runs">The labelled runs, e.g. from <see cref="InterpretationLabels.Read"/> or <c>SensorAnomaly.RootCause</c>.</param>
    /// <param name="channelScores">A method's per-channel scores for one run (length C, the same C for every run).</param>
    public static RootCauseReport Evaluate(IReadOnlyList<AnomalyInterpretation> runs, Func<AnomalyInterpretation, IReadOnlyList<float>> channelScores)
    {
        ArgumentNullException.ThrowIfNull(runs);
        ArgumentNullException.ThrowIfNull(channelScores);
        if (runs.Count == 0) throw new ArgumentException("No runs to evaluate.", nameof(runs));
        var results = new RootCauseRun[runs.Count];
        for (int r = 0; r < runs.Count; r++)
        {
            var scores = channelScores(runs[r]) ?? throw new InvalidOperationException($"The channel scores for run {runs[r].Steps} are null.");
            results[r] = new RootCauseRun(runs[r].Steps, runs[r].Channels.Length, scores.Count, ChannelAuc(scores, runs[r].Channels), scores.ToArray());
        }
        return new RootCauseReport(results);
    }
}
