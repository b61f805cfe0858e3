using AttnTutorial.Evaluation;

namespace AttnTutorial.Tests.Evaluation;

public class PaperProtocolTests
{
    [Fact]
    public void PooledPercentileThreshold_HandComputed_UsesTrainAndTest()
    {
        // Pooled sorted: 1..10; the 90th percentile sits at position 8.1 → 9.1.
        Assert.Equal(9.1, PaperProtocol.PooledPercentileThreshold([1, 2, 3, 4, 5], [6, 7, 8, 9, 10], 90), 5);
        Assert.Equal("percentile", Assert.Throws<InvalidOptionException>(() => PaperProtocol.PooledPercentileThreshold([1], [2], 101)).Option);
    }

    [Fact]
    public void PointAdjustAtLeast_K_DecidesWhichRunsAreFilled()
    {
        //                         run [1,5) has 1 of 4 alarmed (25 %); run [6,8) has 2 of 2.
        bool[] labels = [false, true, true, true, true, false, true, true];
        bool[] alarms = [true, false, true, false, false, false, true, true];
        Assert.Equal([true, true, true, true, true, false, true, true], PaperProtocol.PointAdjustAtLeast(alarms, labels, 0));
        Assert.Equal([true, true, true, true, true, false, true, true], PaperProtocol.PointAdjustAtLeast(alarms, labels, 25));
        Assert.Equal(alarms, PaperProtocol.PointAdjustAtLeast(alarms, labels, 30));
        Assert.Equal(alarms, PaperProtocol.PointAdjustAtLeast(alarms, labels, 100));
    }

    [Fact]
    public void AdjustedConfusion_HandCounted()
    {
        bool[] labels = [false, true, true, true, true, false, true, true];
        float[] scores = [0.9f, 0.1f, 0.8f, 0.2f, 0.1f, 0.3f, 0.1f, 0.1f];
        // Threshold 0.5 alarms steps 0 and 2; PA fills [1,5): TP 4, FP 1 (step 0), FN 2 (run [6,8)), TN 1.
        Assert.Equal(new ConfusionMatrix(1, 1, 2, 4), PaperProtocol.AdjustedConfusion(scores, labels, 0.5));
        // PA%50 leaves the 1-in-4 run alone: TP 1, FP 1, FN 5, TN 1.
        Assert.Equal(new ConfusionMatrix(1, 1, 5, 1), PaperProtocol.AdjustedConfusion(scores, labels, 0.5, percentK: 50));
    }
}
