using AttnTutorial.RealData;

namespace AttnTutorial.Tests.RealData;

public class CausalScoresTests
{
    [Fact]
    public void Map_StrideTwo_EachStepTakesTheLatestFinishedWindow()
    {
        // T = 8, L = 3, windows start at 0, 2, 4 (ending at 2, 4, 6) with scores 0.1, 0.5, 0.9.
        var causal = CausalScores.Map(8, 3, [0, 2, 4], [0.1f, 0.5f, 0.9f]);
        // Steps 0-1: no window has ended; 2-3: window 0; 4-5: window 1; 6-7: window 2.
        Assert.Equal([0, 0, 0.1f, 0.1f, 0.5f, 0.5f, 0.9f, 0.9f], causal.Scores);
        Assert.Equal([0, 0, 1, 1, 1, 1, 1, 1], causal.Coverage);
    }

    [Fact]
    public void From_NeverUsesAWindowThatEndsAfterTheStep()
    {
        // A spike in the last window only: the centred mapping raises earlier steps, the causal one cannot.
        int[] starts = [0, 1, 2, 3, 4, 5];
        float[] windowScores = [0, 0, 0, 0, 0, 1];
        var centred = StreamingScorer.Map(9, 4, starts, windowScores, null);
        var causal = CausalScores.From(centred);
        Assert.True(centred.Scores[5] > 0, "the centred score at step 5 already averages the last window");
        Assert.Equal(0, causal.Scores[7]);
        Assert.Equal(1, causal.Scores[8]);   // the last window ends at step 8
        Assert.Equal(centred.WindowScores, causal.WindowScores);
    }

    [Fact]
    public void LowestBeforeFirstWindow_WarmUpStepsTakeTheLowestScoredValue()
    {
        // Scores that are all negative: 0 would outrank every scored step, the lowest of them does not.
        var causal = CausalScores.Map(5, 3, [0, 1, 2], [-0.5f, -0.2f, -0.9f]);
        Assert.Equal([-0.9f, -0.9f, -0.5f, -0.2f, -0.9f], CausalScores.LowestBeforeFirstWindow(causal));
        Assert.Equal([0, 0, -0.5f, -0.2f, -0.9f], causal.Scores);   // the input is left as it was
    }

    [Fact]
    public void Map_StartsNotRising_Throws()
    {
        Assert.Throws<ArgumentException>(() => CausalScores.Map(6, 2, [2, 0], [0.1f, 0.2f]));
        Assert.Throws<ArgumentOutOfRangeException>(() => CausalScores.Map(6, 2, [0, 5], [0.1f, 0.2f]));
    }
}
