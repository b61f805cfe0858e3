using AttnTutorial.RealData;

namespace AttnTutorial.Tests.RealData;

public class ThresholdsAndEventsTests
{
    [Fact]
    public void QuantileOfTraining_NearestRank_AndMargin()
    {
        float[] training = [5, 1, 4, 2, 3, 6, 8, 7, 10, 9];
        Assert.Equal(9, ThresholdSelection.QuantileOfTraining(training, 0.9));
        Assert.Equal(10, ThresholdSelection.QuantileOfTraining(training, 1.0));
        Assert.Equal(5, ThresholdSelection.QuantileOfTraining(training, 0.5));
        Assert.Equal(11, ThresholdSelection.QuantileOfTraining(training, 1.0, margin: 1.1), 5);
        Assert.Equal("quantile", Assert.Throws<InvalidOptionException>(() => ThresholdSelection.QuantileOfTraining(training, 0)).Option);
    }

    [Fact]
    public void BestF1OnValidation_PicksValidationThreshold()
    {
        var choice = ThresholdSelection.BestF1OnValidation([0.1f, 0.4f, 0.35f, 0.8f], [0, 0, 1, 1]);
        // At 0.35: TP 2, FP 1 (the 0.4) → F1 0.8, better than 0.8's TP 1 → F1 2/3.
        Assert.Equal(0.35, choice.Threshold, 5);
        Assert.Equal(0.8, choice.F1, 5);
    }

    [Fact]
    public void Score_HandCounted_DetectionsAndMergedFalseAlarms()
    {
        //            0  1  2  3  4  5  6  7  8  9 10 11 12 13 14
        bool[] alarms = new[] { 1, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 1, 1, 0, 1 }.Select(a => a == 1).ToArray();
        StepRange[] events = [new(4, 7), new(8, 11), new(12, 14)];
        var report = EventScoring.Score(alarms, events);
        // Event [4,7) has an alarm at 5; [8,11) none; [12,14) at 12 (the run 11-12 spills over its edge: not false).
        Assert.Equal([true, false, true], report.Detected);
        Assert.Equal([5, -1, 12], report.FirstAlarm);
        // False alarm runs: [0,2) and [14,15).
        Assert.Equal([new StepRange(0, 2), new StepRange(14, 15)], report.FalseAlarms);
        Assert.Equal("2 of 3 events detected, 2 false alarms", report.ToString());
        Assert.Equal(2.0 / 3, report.EventRecall!.Value, 10);
    }

    [Fact]
    public void Alarms_AtOrAboveThreshold()
    {
        Assert.Equal([false, true, true], EventScoring.Alarms([0.1f, 0.5f, 0.9f], 0.5));
    }

    [Fact]
    public void PointAdjust_OneHitMarksWholeRun_OthersUnchanged()
    {
        bool[] labels = [false, true, true, true, false, true, true, false];
        bool[] alarms = [true, false, true, false, false, false, false, false];
        Assert.Equal([true, true, true, true, false, false, false, false], EventScoring.PointAdjust(alarms, labels));
    }

    [Fact]
    public void StepRange_Runs_FindsMaximalRuns()
    {
        Assert.Equal([new StepRange(0, 2), new StepRange(3, 4)], StepRange.Runs([true, true, false, true]));
        Assert.Empty(StepRange.Runs([false, false]));
    }

    [Fact]
    public void ChanceDetections_AllOnAllOff_AndOneStepAlarm()
    {
        // Test part [10, 110) with one event of 20 steps at [50, 70).
        StepRange[] events = [new(50, 70)];
        var on = new bool[110];
        Array.Fill(on, true, 10, 100);
        Assert.Equal(1.0, EventScoring.ChanceDetections(on, events, from: 10));
        Assert.Equal(0.0, EventScoring.ChanceDetections(new bool[110], events, from: 10));

        // One alarmed step lands inside the event for 20 of the 100 offsets: chance 0.2.
        var one = new bool[110];
        one[30] = true;
        Assert.Equal(0.2, EventScoring.ChanceDetections(one, events, from: 10, rotations: 20_000), 2);
        // Alarms before the test part are ignored.
        one[0] = true;
        Assert.Equal(0.2, EventScoring.ChanceDetections(one, events, from: 10, rotations: 20_000), 2);
    }

    [Fact]
    public void ChanceDetections_EventBeforeTheScoredPart_Refused()
    {
        var alarms = new bool[100];
        Assert.Contains("[40, 100)", Assert.Throws<ArgumentOutOfRangeException>(() => EventScoring.ChanceDetections(alarms, [new StepRange(30, 50)], from: 40)).Message);
        Assert.Equal("rotations", Assert.Throws<InvalidOptionException>(() => EventScoring.ChanceDetections(alarms, [new StepRange(50, 60)], from: 40, rotations: 0)).Option);
    }

    [Fact]
    public void Summarize_AlarmsOnlyInTheScoredPart_WithShareAndChance()
    {
        // Scores 0..9; threshold 3; the scored part starts at 5, so 3 and 4 do not alarm. Event [6, 8).
        float[] scores = Enumerable.Range(0, 10).Select(t => (float)t).ToArray();
        StepRange[] events = [new(6, 8)];

        var summary = EventScoring.Summarize(scores, 3, events, from: 5);

        Assert.Equal([false, false, false, false, false, true, true, true, true, true], summary.Alarms);
        Assert.Equal(1, summary.Report.DetectedCount);
        Assert.Empty(summary.Report.FalseAlarms);      // one run [5, 10) that overlaps the event
        Assert.Equal(1.0, summary.AlarmShare);
        Assert.Equal(1.0, summary.ChanceLevel);        // the whole part alarms, so every rotation catches it
        Assert.Equal("from", Assert.Throws<InvalidOptionException>(() => EventScoring.Summarize(scores, 3, events, from: 10)).Option);
    }
}
