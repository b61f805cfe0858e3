namespace AttnTutorial.RealData;

/// <summary>One labelled anomaly and the channels the operators blamed for it.</summary>
/// <param name="Steps">The anomalous steps [Start, End), 0-based.</param>
/// <param name="Channels">The blamed channels, 0-based (SMD's file counts from 1; this does not), sorted.</param>
public sealed record AnomalyInterpretation(StepRange Steps, int[] Channels);
