using AttnTutorial.Models;
using static TorchSharp.torch;

namespace AttnTutorial.Tests.Models;

[Collection(TorchTests.Collection)]
public class FeedForwardClassifierTests
{
    [Fact]
    public void Forward_Window_GivesLogitPerSeriesAndUniformWeights()
    {
        random.manual_seed(1);
        using var model = new FeedForwardClassifier(FeedForwardOptions.Seed with { Steps = 20, InputSize = 2 });
        using var input = randn(3, 20, 2);
        var (logits, weights) = model.forward(input);
        using (logits)
        using (weights)
        {
            Assert.Equal([3L], logits.shape);
            Assert.Equal([3L, 20L], weights.shape);
            Assert.All(weights.data<float>().ToArray(), w => Assert.Equal(1f / 20, w, 6));
        }
    }

    [Fact]
    public void ParameterCount_SeedShape_MatchesHandCount()
    {
        using var model = new FeedForwardClassifier(FeedForwardOptions.Seed);
        // 500·64 + 64, 64·32 + 32, 32 + 1.
        Assert.Equal(500 * 64 + 64 + 64 * 32 + 32 + 33, model.ParameterCount);
    }

    [Fact]
    public void Forward_WrongLength_ErrorNamesExpectedShape()
    {
        using var model = new FeedForwardClassifier(FeedForwardOptions.Seed with { Steps = 20 });
        using var input = randn(2, 21, 1);
        var error = Assert.Throws<ArgumentException>(() => model.forward(input));
        Assert.Contains("(batch, 20, 1)", error.Message);
    }

    [Fact]
    public void Options_EmptyHiddenSizes_ErrorNamesOption()
    {
        var error = Assert.Throws<InvalidOptionException>(() => new FeedForwardClassifier(FeedForwardOptions.Seed with { HiddenSizes = [] }));
        Assert.Equal("HiddenSizes", error.Option);
    }

    [Fact]
    public void Fit_TinyRun_LossFallsAndSameSeedSameNumbers() =>
        TinyRun.AssertTrainsDeterministically(d => new FeedForwardClassifier(new FeedForwardOptions { InputSize = d.FeatureCount, Steps = d.Steps }), TinyRun.Patched);
}
