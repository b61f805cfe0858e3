namespace AttnTutorial.RealData;

/// <summary>What a detector's alarms over a scored part amount to (<see cref="EventScoring.Summarize"/>).</summary>
/// <param name="Alarms">Per step (length T): true where the score reaches the threshold inside the scored part; false before it.</param>
/// <param name="Report">Events detected and false alarm runs.</param>
/// <param name="AlarmShare">The share of the scored part's steps in alarm.</param>
/// <param name="ChanceLevel">Events the same alarms would catch placed at random (<see cref="EventScoring.ChanceDetections"/>).</param>
public sealed record AlarmSummary(bool[] Alarms, EventReport Report, double AlarmShare, double ChanceLevel);
