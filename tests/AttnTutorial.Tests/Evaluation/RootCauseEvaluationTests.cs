using AttnTutorial.Evaluation;
using AttnTutorial.RealData;

namespace AttnTutorial.Tests.Evaluation;

public class RootCauseEvaluationTests
{
    private static readonly float[] Scores = [0.9f, 0.1f, 0.5f, 0.3f];

    [Theory]
    [InlineData(new[] { 0, 2 }, 1.0)]        // both blamed channels (0.9, 0.5) above both others (0.1, 0.3): 4 of 4 pairs
    [InlineData(new[] { 1 }, 0.0)]           // the blamed channel is last: 0 of 3 pairs
    [InlineData(new[] { 2 }, 2.0 / 3)]       // 0.5 beats 0.1 and 0.3, loses to 0.9: 2 of 3 pairs
    [InlineData(new[] { 1, 3 }, 0.0)]        // both blamed below both others
    [InlineData(new[] { 0, 1 }, 0.5)]        // 0.9 beats 0.5, 0.3; 0.1 beats neither: 2 of 4 pairs
    public void ChannelAuc_HandComputedPairs(int[] blamed, double expected)
    {
        Assert.Equal(expected, RootCauseEvaluation.ChannelAuc(Scores, blamed)!.Value, 12);
    }

    [Fact]
    public void ChannelAuc_TiesCountHalf()
    {
        // Channel 0 ties with channel 1 (½) and beats channel 2 (1): (½ + 1) / 2.
        Assert.Equal(0.75, RootCauseEvaluation.ChannelAuc([1f, 1f, 0f], [0])!.Value, 12);
    }

    [Fact]
    public void ChannelAuc_EveryChannelBlamed_IsUndefined()
    {
        Assert.Null(RootCauseEvaluation.ChannelAuc(Scores, [0, 1, 2, 3]));
    }

    [Fact]
    public void ChannelAuc_BadBlamedList_ThrowsNamingTheProblem()
    {
        Assert.Contains("No channel is blamed", Assert.Throws<ArgumentException>(() => RootCauseEvaluation.ChannelAuc(Scores, [])).Message);
        var outside = Assert.Throws<ArgumentException>(() => RootCauseEvaluation.ChannelAuc(Scores, [1, 4]));
        Assert.Contains("blamed channel 4 is outside 0..3", outside.Message);
    }

    [Fact]
    public void Evaluate_MeanOverDefinedRuns()
    {
        AnomalyInterpretation[] runs =
        [
            new(new StepRange(10, 20), [0, 2]),        // AUC 1
            new(new StepRange(30, 35), [2]),           // AUC 2/3
            new(new StepRange(50, 60), [0, 1, 2, 3]),  // undefined
        ];
        var report = RootCauseEvaluation.Evaluate(runs, _ => Scores);

        Assert.Equal(3, report.Runs.Count);
        Assert.Equal(2, report.DefinedCount);
        Assert.Equal((1.0 + (2.0 / 3)) / 2, report.MeanAuc, 12);
        Assert.Null(report.Runs[2].ChannelAuc);
        Assert.Equal(new StepRange(30, 35), report.Runs[1].Steps);
        Assert.Equal(1, report.Runs[1].BlamedCount);
        Assert.Equal(4, report.Runs[1].ChannelCount);
        Assert.Equal("channel AUC 0.833 over 2 runs (chance 0.500)", report.ToString());
    }

    [Fact]
    public void Evaluate_UsesEachRunsOwnScores()
    {
        // A method that blames the first step's channel: right for the first run, wrong for the second.
        AnomalyInterpretation[] runs = [new(new StepRange(0, 5), [0]), new(new StepRange(5, 9), [1])];
        var report = RootCauseEvaluation.Evaluate(runs, run => run.Steps.Start == 0 ? [1f, 0f, 0f] : [1f, 0f, 0.5f]);
        Assert.Equal(1.0, report.Runs[0].ChannelAuc);
        Assert.Equal(0.0, report.Runs[1].ChannelAuc);
        Assert.Equal(0.5, report.MeanAuc, 12);
    }

    [Fact]
    public void Evaluate_NoRunDefined_MeanIsNaN()
    {
        var report = RootCauseEvaluation.Evaluate([new AnomalyInterpretation(new StepRange(0, 2), [0, 1])], _ => [0.2f, 0.1f]);
        Assert.Equal(0, report.DefinedCount);
        Assert.True(double.IsNaN(report.MeanAuc));
    }
}
