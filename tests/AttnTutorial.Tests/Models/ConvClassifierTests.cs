using AttnTutorial.Models;
using static TorchSharp.torch;

namespace AttnTutorial.Tests.Models;

[Collection(TorchTests.Collection)]
public class ConvClassifierTests
{
    [Theory]
    [InlineData(GlobalPooling.Max, true)]
    [InlineData(GlobalPooling.Average, false)]
    public void Forward_AnyLength_GivesLogitPerSeriesAndUniformWeights(GlobalPooling pooling, bool downsample)
    {
        random.manual_seed(1);
        using var model = new ConvClassifier(ConvOptions.Seed with { InputSize = 2, Pooling = pooling, Downsample = downsample });
        foreach (long steps in new[] { 9L, 40L })
        {
            using var input = randn(3, steps, 2);
            var (logits, weights) = model.forward(input);
            using (logits)
            using (weights)
            {
                Assert.Equal([3L], logits.shape);
                Assert.Equal([3L, steps], weights.shape);
                TinyRun.AssertRowsSumToOne(weights);
            }
        }
    }

    [Fact]
    public void ParameterCount_SeedShape_MatchesHandCount()
    {
        using var model = new ConvClassifier(ConvOptions.Seed);
        // Conv(1→32, k5): 32·1·5 + 32; two Conv(32→32, k5): 32·32·5 + 32 each; Linear(32, 1): 33.
        Assert.Equal(192 + 2 * 5152 + 33, model.ParameterCount);
    }

    [Fact]
    public void Options_EvenKernel_ErrorNamesOption()
    {
        var error = Assert.Throws<InvalidOptionException>(() => new ConvClassifier(ConvOptions.Seed with { KernelSize = 4 }));
        Assert.Equal("KernelSize", error.Option);
    }

    [Fact]
    public void Fit_TinyRun_LossFallsAndSameSeedSameNumbers() =>
        TinyRun.AssertTrainsDeterministically(d => new ConvClassifier(ConvOptions.Seed with { InputSize = d.FeatureCount }), TinyRun.Patched);
}
