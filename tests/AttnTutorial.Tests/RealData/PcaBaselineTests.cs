using AttnTutorial.RealData;

namespace AttnTutorial.Tests.RealData;

public class PcaBaselineTests
{
    [Fact]
    public void Score_TwoChannelsThatMoveTogether_HandComputedResiduals()
    {
        // Training: both channels ±1 together, so μ = 0, σ = 1, z = x and the covariance [[1,1],[1,1]] has
        // eigenvalues 2 and 0: one component, (1,1)/√2, explains everything.
        float[] x = [-1, 1, -1, 1, -1, 1];
        var pca = PcaBaseline.Fit(SeriesFactory.Make([x, (float[])x.Clone()]));
        Assert.Equal(1, pca.ComponentCount);
        Assert.Equal(1, pca.ExplainedShare, 9);
        // (1,1) lies on the component: error 0. (1,−1) is orthogonal: error 1² + 1² = 2. (2,0) projects to (1,1): error 2.
        var test = SeriesFactory.Make([[1, 1, 2], [1, -1, 0]]);
        var scores = pca.Score(test);
        Assert.Equal(0, scores[0], 5);
        Assert.Equal(2, scores[1], 5);
        Assert.Equal(2, scores[2], 5);
    }

    [Fact]
    public void Fit_IndependentChannels_KeepsEnoughComponentsForTheShare()
    {
        // Three uncorrelated channels of equal variance: each component explains a third, so 0.9 needs all three
        // (and then every residual is 0), 0.6 needs two.
        var random = new Random(1);
        float[] Channel() => Enumerable.Range(0, 3_000).Select(_ => random.Next(2) == 0 ? -1f : 1f).ToArray();
        var training = SeriesFactory.Make([Channel(), Channel(), Channel()]);
        Assert.Equal(3, PcaBaseline.Fit(training, 0.9).ComponentCount);
        Assert.Equal(2, PcaBaseline.Fit(training, 0.6).ComponentCount);
        Assert.All(PcaBaseline.Fit(training, 0.9).Score(training), s => Assert.Equal(0, s, 4));
        Assert.Equal("varianceShare", Assert.Throws<InvalidOptionException>(() => PcaBaseline.Fit(training, 0)).Option);
    }
}
