using AttnTutorial.Unsupervised;

namespace AttnTutorial.Tests.Unsupervised;

public class IsolationForestTests
{
    [Fact]
    public void AveragePathLength_HandComputed()
    {
        // c(n) = 2(ln(n − 1) + 0.5772156649) − 2(n − 1)/n; c(0) = c(1) = 0 and c(2) = 1 by definition.
        Assert.Equal(0, IsolationForest.AveragePathLength(0));
        Assert.Equal(0, IsolationForest.AveragePathLength(1));
        Assert.Equal(1, IsolationForest.AveragePathLength(2));
        Assert.Equal(2 * (Math.Log(2) + 0.5772156649) - 4.0 / 3, IsolationForest.AveragePathLength(3), 12);
        Assert.Equal(1.207392357586557, IsolationForest.AveragePathLength(3), 12);
        Assert.Equal(10.244770920116851, IsolationForest.AveragePathLength(256), 12);
        Assert.Equal("n", Assert.Throws<InvalidOptionException>(() => IsolationForest.AveragePathLength(-1)).Option);
    }

    [Fact]
    public void Fit_HeightLimitAndSubsample_FollowThePaper()
    {
        var samples = Enumerable.Range(0, 300).Select(i => new[] { (float)i }).ToArray();
        var forest = IsolationForest.Fit(samples, new IsolationForestOptions { Trees = 3 });
        Assert.Equal(256, forest.Subsample);
        Assert.Equal(8, forest.HeightLimit);                    // ⌈log₂ 256⌉
        Assert.Equal(3, forest.TreeCount);
        var small = IsolationForest.Fit(samples[..100], new IsolationForestOptions { Trees = 1 });
        Assert.Equal(100, small.Subsample);                     // fewer samples than ψ: all of them
        Assert.Equal(7, small.HeightLimit);                     // ⌈log₂ 100⌉
    }

    [Fact]
    public void Score_TwoSamples_IsExactlyOneHalf()
    {
        // ψ = 2 and l = 1: the root splits 0 from 1, every leaf holds one sample, so h(x) = 1 for any x,
        // and s = 2^(−1 / c(2)) = 2^(−1) = 0.5.
        var forest = IsolationForest.Fit([[0f], [1f]], new IsolationForestOptions { Trees = 5 });
        Assert.Equal(1, forest.PathLength([0.3f]), 12);
        Assert.Equal(0.5, forest.Score([-7f]), 12);
    }

    [Fact]
    public void Score_IdenticalSamples_StopAtTheRootWithCOfPsi()
    {
        // Nothing varies, so the root is a leaf holding all ψ = 4 samples: h(x) = 0 + c(4) and s = 2^(−c(4)/c(4)) = 0.5.
        var forest = IsolationForest.Fit(Enumerable.Repeat(new[] { 2f, 2f }, 4).ToArray());
        Assert.Equal(IsolationForest.AveragePathLength(4), forest.PathLength([5f, -5f]), 12);
        Assert.Equal(0.5, forest.Score([2f, 2f]), 12);
    }

    [Fact]
    public void Score_ObviousOutlier_ScoresHigherThanTheCluster()
    {
        var random = new Random(7);
        float Gauss() => (float)(Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble()));
        var cluster = Enumerable.Range(0, 1_000).Select(_ => new[] { Gauss(), Gauss() }).ToArray();
        var forest = IsolationForest.Fit(cluster, new IsolationForestOptions { RandomSeed = 3 });
        double outlier = forest.Score([8f, 8f]);
        var clusterScores = cluster.Select(x => forest.Score(x)).Order().ToArray();
        Assert.True(outlier > 0.65, $"the outlier scores {outlier:F3}; the paper calls s close to 1 an anomaly");
        Assert.True(forest.Score([0f, 0f]) < 0.5, "the centre of the cluster scores below 0.5");
        Assert.True(outlier > clusterScores[^1], $"the outlier ({outlier:F3}) scores above every cluster point (max {clusterScores[^1]:F3})");
    }

    [Fact]
    public void Fit_SameSeed_SameScores_OtherSeed_OtherScores()
    {
        var random = new Random(1);
        var samples = Enumerable.Range(0, 500).Select(_ => new[] { (float)random.NextDouble(), (float)random.NextDouble(), (float)random.NextDouble() }).ToArray();
        float[][] probes = [[0.5f, 0.5f, 0.5f], [0.9f, 0.1f, 0.2f], [2f, 2f, 2f]];
        double[] Scores(int seed) { var f = IsolationForest.Fit(samples, new IsolationForestOptions { RandomSeed = seed }); return probes.Select(p => f.Score(p)).ToArray(); }
        Assert.Equal(Scores(11), Scores(11));
        Assert.NotEqual(Scores(11), Scores(12));
    }

    [Fact]
    public void BadInput_ClearErrors()
    {
        Assert.Contains("sample 1 has 1 features", Assert.Throws<ArgumentException>(() => IsolationForest.Fit([[1f, 2f], [3f]])).Message);
        Assert.Contains("at least 2 samples", Assert.Throws<ArgumentException>(() => IsolationForest.Fit([[1f]])).Message);
        Assert.Equal("Trees", Assert.Throws<InvalidOptionException>(() => IsolationForest.Fit([[1f], [2f]], new IsolationForestOptions { Trees = 0 })).Option);
        Assert.Equal("Subsample", Assert.Throws<InvalidOptionException>(() => new IsolationForestOptions { Subsample = 1 }.Validate()).Option);
        var forest = IsolationForest.Fit([[1f], [2f]]);
        Assert.Contains("grown on 1", Assert.Throws<ArgumentException>(() => forest.Score([1f, 2f])).Message);
    }
}
