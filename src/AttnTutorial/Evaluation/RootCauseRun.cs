using AttnTutorial.RealData;

namespace AttnTutorial.Evaluation;

/// <summary>One labelled run scored by <see cref="RootCauseEvaluation.Evaluate"/>.</summary>
/// <param name="Steps">The run's steps.</param>
/// <param name="BlamedCount">How many channels the labels blame.</param>
/// <param name="ChannelCount">How many channels were ranked (C).</param>
/// <param name="ChannelAuc">The run's channel AUC, or null when every channel is blamed.</param>
/// <param name="ChannelScores">The method's score per channel (length C) the AUC was computed from.</param>
public sealed record RootCauseRun(StepRange Steps, int BlamedCount, int ChannelCount, double? ChannelAuc, float[] ChannelScores);
