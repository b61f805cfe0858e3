using AttnTutorial.Models;
using TorchSharp;
using static TorchSharp.torch;

namespace AttnTutorial.Tests.Models;

[Collection(TorchTests.Collection)]
public class MultiHeadSelfAttentionTests
{
    [Fact]
    public void Forward_ShapesAndEveryHeadRowSumsToOne()
    {
        random.manual_seed(3);
        using var attention = new MultiHeadSelfAttention(size: 8, heads: 2);
        using var tokens = randn(3, 5, 8);
        var (output, weights) = attention.forward(tokens);
        using (output)
        using (weights)
        {
            Assert.Equal([3L, 5L, 8L], output.shape);
            Assert.Equal([3L, 2L, 5L, 5L], weights.shape);
            TinyRun.AssertRowsSumToOne(weights);
        }
    }

    [Fact]
    public void Forward_SameWeightsAsTorchSharpsModule_SameOutputAndMeanMap()
    {
        random.manual_seed(4);
        using var ours = new MultiHeadSelfAttention(size: 8, heads: 2);
        using var reference = nn.MultiheadAttention(8, 2);
        var theirs = reference.state_dict();
        var mine = ours.state_dict();
        using (no_grad())
        {
            // TorchSharp's module keeps W_q, W_k, W_v stacked in one (3d, d) in-projection.
            var inWeight = theirs["in_proj_weight"].chunk(3, 0);
            var inBias = theirs["in_proj_bias"].chunk(3, 0);
            string[] names = ["query", "key", "value"];
            for (int i = 0; i < 3; i++)
            {
                mine[$"{names[i]}.weight"].copy_(inWeight[i]);
                mine[$"{names[i]}.bias"].copy_(inBias[i]);
            }
            mine["output.weight"].copy_(theirs["out_proj.weight"]);
            mine["output.bias"].copy_(theirs["out_proj.bias"]);
        }
        using var tokens = randn(2, 6, 8);
        var (output, weights) = ours.forward(tokens);
        using var sequenceFirst = tokens.transpose(0, 1);
        var (expected, expectedMap) = reference.forward(sequenceFirst, sequenceFirst, sequenceFirst, null, true, null);
        using (output)
        using (weights)
        using (expected)
        using (expectedMap)
        using (var mean = weights.mean([1]))
        using (var expectedBatchFirst = expected.transpose(0, 1))
        {
            Assert.True(output.allclose(expectedBatchFirst, rtol: 1e-4, atol: 1e-5));
            Assert.True(mean.allclose(expectedMap!, rtol: 1e-4, atol: 1e-6));
        }
    }

    [Fact]
    public void Forward_CausalMask_NoWeightOnLaterTokens()
    {
        random.manual_seed(5);
        using var attention = new MultiHeadSelfAttention(size: 4, heads: 1);
        using var tokens = randn(1, 4, 4);
        using var mask = MultiHeadSelfAttention.CausalMask(4);
        var (output, weights) = attention.forward(tokens, mask);
        using (output)
        using (weights)
        {
            var map = weights[0, 0].data<float>().ToArray();
            for (int i = 0; i < 4; i++)
                for (int j = i + 1; j < 4; j++)
                    Assert.Equal(0f, map[i * 4 + j]);
            Assert.Equal(1f, map[0], 5); // the first token can only look at itself
            TinyRun.AssertRowsSumToOne(weights);
        }
    }

    [Fact]
    public void Forward_WrongTokenSize_ErrorNamesExpectedShape()
    {
        using var attention = new MultiHeadSelfAttention(size: 8, heads: 2);
        using var tokens = randn(2, 5, 6);
        var error = Assert.Throws<ArgumentException>(() => attention.forward(tokens));
        Assert.Contains("(batch, n, 8)", error.Message, StringComparison.Ordinal);
        Assert.Contains("(2, 5, 6)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_SizeNotMultipleOfHeads_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => new MultiHeadSelfAttention(size: 10, heads: 4));
        Assert.Contains("multiple of heads 4", error.Message, StringComparison.Ordinal);
    }
}
