using AttnTutorial.RealData;

namespace AttnTutorial.Tests.RealData;

public class BaselineSmoothingTests
{
    [Fact]
    public void LikeModel_WindowMeansMappedWithTheModelsWindows()
    {
        // T = 6, L = 3, windows at 0, 1, 2, 3. Baseline step scores 0 0 6 0 0 0 → window means 2, 2, 2, 0.
        var model = StreamingScorer.Map(6, 3, [0, 1, 2, 3], [0.1f, 0.2f, 0.3f, 0.4f], null);
        float[] baseline = [0, 0, 6, 0, 0, 0];
        var centred = BaselineSmoothing.LikeModel(baseline, model);
        // Step 0: window 0 → 2. Step 1: windows 0,1 → 2. Step 2: 0,1,2 → 2. Step 3: 1,2,3 → 4/3. Step 4: 2,3 → 1. Step 5: 3 → 0.
        Assert.Equal([2, 2, 2, 4f / 3, 1, 0], centred.Select(v => (float)Math.Round(v, 5)).ToArray(), new ToleranceComparer());
        var causal = BaselineSmoothing.LikeModel(baseline, model, causal: true);
        // Window w ends at w + 2: steps 0-1 none (0), step 2 → window 0, … step 5 → window 3.
        Assert.Equal([0, 0, 2, 2, 2, 0], causal);
        Assert.Throws<ArgumentException>(() => BaselineSmoothing.LikeModel([1, 2], model));
    }

    [Fact]
    public void Causal_MeanOfTheWindowEndingAtEachStep_WarmUpTakesTheLowest()
    {
        // L = 3, stride 1: windows [0,2] [1,3] [2,4] [3,5] have means 2, 2, 2, 0 and end at steps 2..5.
        float[] steps = [0, 0, 6, 0, 0, 0];
        var smoothed = BaselineSmoothing.Causal(steps, new WindowOptions { Length = 3, Stride = 1 });
        Assert.Equal([0, 0, 2, 2, 2, 0], smoothed);
        // Shifted up by 5: the two warm-up steps take the lowest smoothed score (5), not 0.
        Assert.Equal([5, 5, 7, 7, 7, 5], BaselineSmoothing.Causal(steps.Select(s => s + 5).ToArray(), new WindowOptions { Length = 3, Stride = 1 }));
        // Stride 2: windows at 0, 2 and the flush-end window at 3 (means 2, 2, 0); step 3 still takes window 0, as
        // window 2 ends only at step 4.
        float[] spikeAt3 = [0, 0, 0, 6, 0, 0];
        Assert.Equal([0, 0, 0, 0, 2, 2], BaselineSmoothing.Causal(spikeAt3, new WindowOptions { Length = 3, Stride = 2 }));
    }

    private sealed class ToleranceComparer : IEqualityComparer<float>
    {
        public bool Equals(float a, float b) => Math.Abs(a - b) < 1e-4;
        public int GetHashCode(float value) => 0;
    }
}
