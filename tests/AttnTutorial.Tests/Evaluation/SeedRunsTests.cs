using AttnTutorial.Evaluation;

namespace AttnTutorial.Tests.Evaluation;

public class SeedRunsTests
{
    [Fact]
    public void Run_OneNumber_MeanAndSampleStandardDeviation()
    {
        var seen = new List<int>();
        var summary = SeedRuns.Run([1, 2, 3], seed => seed * 2.0, (seed, _) => seen.Add(seed));
        // Values 2, 4, 6: mean 4, sample sd √((4 + 0 + 4)/2) = 2.
        Assert.Equal(4, summary.Mean, 12);
        Assert.Equal(2, summary.StandardDeviation, 12);
        Assert.Equal([1, 2, 3], seen);
        Assert.Equal("4.000 ± 2.000 (3 seeds)", summary.ToString());
    }

    [Fact]
    public void Run_SeveralNumbers_SummarisesEachOnTheSameSeeds()
    {
        var summaries = SeedRuns.Run([7, 8], seed => new Dictionary<string, double> { ["lstm"] = seed, ["conv"] = 10 - seed });
        Assert.Equal(["lstm", "conv"], summaries.Keys);
        Assert.Equal(7.5, summaries["lstm"].Mean, 12);
        Assert.Equal(2.5, summaries["conv"].Mean, 12);
        Assert.Equal([7, 8], summaries["conv"].Seeds);
    }

    [Fact]
    public void Run_DifferentNamesOrRepeatedSeeds_Throw()
    {
        Assert.Throws<InvalidOperationException>(() =>
            SeedRuns.Run([1, 2], seed => new Dictionary<string, double> { [seed == 1 ? "a" : "b"] = 1 }));
        Assert.Equal("seeds", Assert.Throws<InvalidOptionException>(() => SeedRuns.Run([1, 1], _ => 0.0)).Option);
    }

    [Theory]
    [InlineData(0.90, 0.85, "A")]   // gap 0.05 > 2·0.01
    [InlineData(0.85, 0.90, "B")]
    [InlineData(0.90, 0.89, "tie")] // gap 0.01 ≤ 0.02
    public void Compare_GapAgainstTwoStandardDeviations(double meanA, double meanB, string expected)
    {
        // Values mean ± 0.01 give a sample sd of exactly 0.01.
        var a = new SeedSummary([1, 2, 3], [meanA - 0.01, meanA, meanA + 0.01]);
        var b = new SeedSummary([1, 2, 3], [meanB - 0.01, meanB, meanB + 0.01]);
        Assert.Equal(expected, a.Compare(b));
    }

    [Fact]
    public void StandardDeviation_OneSeed_IsZero()
    {
        Assert.Equal(0, new SeedSummary([1], [0.5]).StandardDeviation);
    }
}
