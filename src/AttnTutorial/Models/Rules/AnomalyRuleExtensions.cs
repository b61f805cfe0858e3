using AttnTutorial.Data;

namespace AttnTutorial.Models.Rules;

/// <summary>Scores many series with one rule.</summary>
public static class AnomalyRuleExtensions
{
    /// <summary>The rule's score for every series, in order (pass to <see cref="Evaluation.BinaryMetrics.Evaluate"/>).</summary>
    public static float[] ScoreAll(this IAnomalyRule rule, IReadOnlyList<SeriesSample> samples) => samples.Select(rule.Score).ToArray();

    /// <summary>The rule's per-time-step scores for every series, in order (pass to <see cref="Evaluation.PointwiseMetrics.Evaluate"/>).</summary>
    public static float[][] PointScoresAll(this IAnomalyRule rule, IReadOnlyList<SeriesSample> samples) => samples.Select(rule.PointScores).ToArray();
}
