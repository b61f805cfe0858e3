using AttnTutorial.Data;
using AttnTutorial.RealData;

namespace AttnTutorial.Tests.RealData;

public class StreamingScorerTests
{
    [Fact]
    public void Map_OverlappingWindows_AveragesScoresAndAttentionExactly()
    {
        var mapped = StreamingScorer.Map(5, 3, [0, 2], [0.2f, 0.6f], [[0.5f, 0.25f, 0.25f], [0.2f, 0.3f, 0.5f]]);
        Assert.Equal([1, 1, 2, 1, 1], mapped.Coverage);
        Assert.Equal([0.2f, 0.2f, 0.4f, 0.6f, 0.6f], mapped.Scores);
        Assert.Equal([0.5f, 0.25f, 0.225f, 0.3f, 0.5f], mapped.Attention);
        Assert.Equal([0.2f, 0.6f], mapped.WindowScores);
    }

    [Fact]
    public void Map_UncoveredStep_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => StreamingScorer.Map(5, 2, [0, 3], [0f, 0f], null));
        Assert.Contains("step 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_KnownModel_StepScoresAreMeansOfCoveringWindows()
    {
        var series = SeriesFactory.Ramp(10);
        var options = new WindowOptions { Length = 4, Stride = 3 };
        using var model = new FunctionModel(input => input.mean([1, 2]));
        var scored = StreamingScorer.Score(model, series, InputFeatures.Seed, MinMaxScaler.Fit(ScalingMode.None, []), options, batchSize: 2);

        Assert.Equal([0, 3, 6], scored.WindowStarts);
        static double Sigmoid(double x) => 1 / (1 + Math.Exp(-x));
        double[] window = [Sigmoid(1.5), Sigmoid(4.5), Sigmoid(7.5)]; // means of 0..3, 3..6, 6..9
        Assert.Equal(window, scored.WindowScores.Select(s => (double)s), new ToleranceComparer(1e-6));
        Assert.Equal((window[0] + window[1]) / 2, scored.Scores[3], 6);
        Assert.Equal(window[2], scored.Scores[9], 6);

        // Softmax over 0,1,2,3 gives the last step e^3/Σ; step 3 is also window 1's first step (softmax over 3..6).
        double softLast = Math.Exp(3) / new[] { 0, 1, 2, 3 }.Sum(v => Math.Exp(v));
        double softFirst = 1 / new[] { 0, 1, 2, 3 }.Sum(v => Math.Exp(v));
        Assert.Equal((softLast + softFirst) / 2, scored.Attention[3], 6);
        Assert.Equal([1, 1, 1, 2, 1, 1, 2, 1, 1, 1], scored.Coverage);
    }

    private sealed class ToleranceComparer(double tolerance) : IEqualityComparer<double>
    {
        public bool Equals(double x, double y) => Math.Abs(x - y) <= tolerance;

        public int GetHashCode(double obj) => 0;
    }
}
