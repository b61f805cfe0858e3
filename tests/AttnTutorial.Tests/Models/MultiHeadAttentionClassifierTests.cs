using AttnTutorial.Models;
using static TorchSharp.torch;

namespace AttnTutorial.Tests.Models;

[Collection(TorchTests.Collection)]
public class MultiHeadAttentionClassifierTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void ForwardWithHeads_BothEncoders_ShapesAndWeightsAreMeanOfHeads(bool useBiLstm)
    {
        random.manual_seed(1);
        using var model = new MultiHeadAttentionClassifier(MultiHeadAttentionOptions.Seed with { InputSize = 2, UseBiLstm = useBiLstm });
        using var input = randn(3, 12, 2);
        var (logits, weights, heads) = model.ForwardWithHeads(input);
        using (logits)
        using (weights)
        using (heads)
        {
            Assert.Equal([3L], logits.shape);
            Assert.Equal([3L, 12L], weights.shape);
            Assert.Equal([3L, 4L, 12L], heads.shape);
            TinyRun.AssertRowsSumToOne(weights);
            TinyRun.AssertRowsSumToOne(heads);
            using var mean = heads.mean([1]);
            Assert.True(weights.allclose(mean));
            var (forwardLogits, forwardWeights) = model.forward(input);
            using (forwardLogits)
            using (forwardWeights)
            {
                Assert.True(forwardLogits.allclose(logits));
                Assert.True(forwardWeights.allclose(weights));
            }
        }
    }

    [Fact]
    public void SelfAttentionWeights_IsARowStochasticStepByStepMap()
    {
        random.manual_seed(2);
        using var model = new MultiHeadAttentionClassifier(MultiHeadAttentionOptions.Seed);
        using var input = randn(2, 10, 1);
        using var map = model.SelfAttentionWeights(input);
        Assert.Equal([2L, 10L, 10L], map.shape);
        TinyRun.AssertRowsSumToOne(map);
    }

    [Fact]
    public void ParameterCount_Seed_MatchesHandCount()
    {
        using var model = new MultiHeadAttentionClassifier(MultiHeadAttentionOptions.Seed);
        // Projection 1·64 + 64; MultiheadAttention in-projection 3·64·64 + 3·64 and out-projection 64·64 + 64;
        // LayerNorm 2·64; pooling queries 4·16, key and value 2·(64·64 + 64); classifier 65.
        long expected = 128 + (3 * 4096 + 192) + (4096 + 64) + 128 + 64 + 2 * 4160 + 65;
        Assert.Equal(expected, model.ParameterCount);
    }

    [Fact]
    public void Options_HeadsNotDividingModelSize_ErrorNamesOption()
    {
        var error = Assert.Throws<InvalidOptionException>(() => new MultiHeadAttentionClassifier(MultiHeadAttentionOptions.Seed with { Heads = 3 }));
        Assert.Equal("Heads", error.Option);
    }

    [Fact]
    public void Fit_TinyRun_LossFallsAndSameSeedSameNumbers() =>
        TinyRun.AssertTrainsDeterministically(d => new MultiHeadAttentionClassifier(MultiHeadAttentionOptions.Seed with { InputSize = d.FeatureCount }), TinyRun.Patched);

    [Fact]
    public void Table_FollowsTheFormula()
    {
        using var table = SinusoidalPositionalEncoding.Table(50, 8);
        Assert.Equal([50L, 8L], table.shape);
        // PE(pos, 2i) = sin(pos / 10000^(2i/d)), PE(pos, 2i+1) = cos(...); pos 7, i 1, d 8.
        double angle = 7 / Math.Pow(10000, 2.0 / 8);
        Assert.Equal(Math.Sin(angle), table[7, 2].item<float>(), 5);
        Assert.Equal(Math.Cos(angle), table[7, 3].item<float>(), 5);
        Assert.Equal(0f, table[0, 0].item<float>());
        Assert.Equal(1f, table[0, 1].item<float>());
    }

    [Fact]
    public void PositionalEncoding_Forward_AddsTheTableToEveryBatchRow()
    {
        using var encoding = new SinusoidalPositionalEncoding(6);
        using var input = zeros(2, 5, 6);
        using var output = encoding.forward(input);
        using var table = SinusoidalPositionalEncoding.Table(5, 6);
        Assert.True(output[0].allclose(table));
        Assert.True(output[1].allclose(table));
    }

    [Fact]
    public void MultiHeadQueryPooling_ContextIsEachHeadsWeightedSum()
    {
        random.manual_seed(3);
        using var pooling = new MultiHeadQueryPooling(8, 2);
        using var states = randn(1, 4, 8);
        var (context, heads) = pooling.forward(states);
        using (context)
        using (heads)
        {
            Assert.Equal([1L, 8L], context.shape);
            Assert.Equal([1L, 2L, 4L], heads.shape);
            // With the value projection set to the identity, head h's context is Σ_t α_{h,t} x_t[h·4 .. h·4+4].
            var named = pooling.named_parameters().ToDictionary(p => p.name, p => p.parameter);
            using (no_grad())
            {
                named["value.weight"].copy_(eye(8));
                named["value.bias"].zero_();
            }
            var (identityContext, identityHeads) = pooling.forward(states);
            using (identityContext)
            using (identityHeads)
            {
                for (int h = 0; h < 2; h++)
                {
                    using var headWeights = identityHeads.select(0, 0).select(0, h).unsqueeze(-1); // (steps, 1)
                    using var expected = (headWeights * states.select(0, 0).narrow(1, h * 4, 4)).sum(dim: 0);
                    using var actual = identityContext.select(0, 0).narrow(0, h * 4, 4);
                    Assert.True(actual.allclose(expected, rtol: 1e-5, atol: 1e-6));
                }
            }
        }
    }
}
