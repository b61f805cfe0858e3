using AttnTutorial.RealData;

namespace AttnTutorial.Tests.RealData;

public class EventDelayTests
{
    [Fact]
    public void Delays_HandCounted_FromEventStartToFirstAlarm()
    {
        //                         0  1  2  3  4  5  6  7  8  9 10 11 12 13
        bool[] alarms = new[] { 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 1, 1 }.Select(a => a == 1).ToArray();
        StepRange[] events = [new(4, 8), new(9, 11), new(12, 14)];
        var report = EventScoring.Score(alarms, events);
        Assert.Equal([2, null, 0], report.Delays);
        Assert.Equal(1.0, report.MedianDelay);
    }

    [Fact]
    public void MedianDelay_NothingDetected_IsNull()
    {
        var report = EventScoring.Score(new bool[5], [new StepRange(1, 3)]);
        Assert.Null(report.MedianDelay);
    }

    [Fact]
    public void ScorePointLabels_RunsAreEvents_FalseAlarmsAreRunsOutsideThem()
    {
        //                          0  1  2  3  4  5  6  7  8  9
        bool[] labels = new[] { 0, 1, 1, 0, 0, 0, 0, 1, 1, 1 }.Select(a => a == 1).ToArray();
        bool[] alarms = new[] { 0, 0, 1, 1, 0, 1, 1, 0, 0, 0 }.Select(a => a == 1).ToArray();
        var report = EventScoring.ScorePointLabels(alarms, labels);
        // Run [1,3) is hit at 2 (its alarm run [2,4) spills over: not false); run [7,10) is missed; [5,7) is one false alarm.
        Assert.Equal("1 of 2 events detected, 1 false alarm", report.ToString());
        Assert.Equal([new StepRange(5, 7)], report.FalseAlarms);
        Assert.Equal([1, null], report.Delays);
        Assert.Throws<ArgumentException>(() => EventScoring.ScorePointLabels(alarms, labels[..5]));
    }
}
