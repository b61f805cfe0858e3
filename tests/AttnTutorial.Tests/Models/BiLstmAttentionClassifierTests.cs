using AttnTutorial.Models;
using TorchSharp;
using static TorchSharp.torch;

namespace AttnTutorial.Tests.Models;

[Collection(TorchTests.Collection)]
public class BiLstmAttentionClassifierTests
{
    [Fact]
    public void Forward_SeedShape_GivesLogitsPerSeriesAndWeightsSummingToOne()
    {
        random.manual_seed(1);
        using var model = new BiLstmAttentionClassifier(BiLstmAttentionOptions.Seed);
        using var input = randn(4, 50, 1);
        var (logits, weights) = model.forward(input);
        using (logits)
        using (weights)
        {
            Assert.Equal([4L], logits.shape);
            Assert.Equal([4L, 50L], weights.shape);
            using var sums = weights.sum(1);
            Assert.All(sums.data<float>().ToArray(), s => Assert.Equal(1f, s, 4));
        }
    }

    [Fact]
    public void ParameterCount_SeedArchitecture_MatchesHandCount()
    {
        using var model = new BiLstmAttentionClassifier(BiLstmAttentionOptions.Seed);
        // LSTM per direction: 4·32·(1 + 32) weights + 2·4·32 biases = 4480; two directions = 8960.
        // Attention: 64·64 + 64 + 64 + 1 = 4225. Classifier: 64 + 1 = 65.
        Assert.Equal(8960 + 4225 + 65, model.ParameterCount);
    }

    [Fact]
    public void AdditiveAttention_PoolsWithItsOwnWeights()
    {
        random.manual_seed(2);
        using var attention = new AdditiveAttention(6, 8);
        using var states = randn(3, 5, 6);
        var (context, weights) = attention.forward(states);
        using (context)
        using (weights)
        {
            // context = Σ α_i h_i, computed independently.
            using var expected = (weights.unsqueeze(-1) * states).sum(1);
            Assert.True(context.allclose(expected, rtol: 1e-5, atol: 1e-6));
        }
    }

    public static TheoryData<Pooling> EveryPooling => new(Enum.GetValues<Pooling>());

    // Every defined pooling must have its own case: a new one falling through to another's would fail here, not pass silently.
    [Theory]
    [MemberData(nameof(EveryPooling))]
    public void Forward_EveryPooling_ReportsWeightsThatSumToOne(Pooling pooling)
    {
        using var model = new BiLstmAttentionClassifier(BiLstmAttentionOptions.Seed with { Pooling = pooling });
        using var input = randn(2, 10, 1);
        var (logits, weights) = model.forward(input);
        using (logits)
        using (weights)
        {
            Assert.Equal([2L], logits.shape);
            using var sums = weights.sum(1);
            Assert.All(sums.data<float>().ToArray(), s => Assert.Equal(1f, s, 5));
        }
    }

    [Fact]
    public void Options_BadHiddenSize_ErrorNamesOption()
    {
        var error = Assert.Throws<InvalidOptionException>(() => new BiLstmAttentionClassifier(BiLstmAttentionOptions.Seed with { HiddenSize = 0 }));
        Assert.Equal("HiddenSize", error.Option);
    }

    // A pooling the switch does not know must be refused, not run as another (it once fell through to last-state pooling).
    [Fact]
    public void Options_UndefinedPooling_ErrorNamesOption()
    {
        var error = Assert.Throws<InvalidOptionException>(() => new BiLstmAttentionClassifier(BiLstmAttentionOptions.Seed with { Pooling = (Pooling)99 }));
        Assert.Equal("Pooling", error.Option);
    }

    [Fact]
    public void ModelSummary_SeedModel_ListsEveryTensorAndTotal()
    {
        using var model = new BiLstmAttentionClassifier(BiLstmAttentionOptions.Seed);
        var summary = ModelSummary.Of(model);
        Assert.Equal(model.ParameterCount, summary.Total);
        Assert.Contains(summary.Rows, r => r.Name == "attention.score_hidden.weight" && r.Shape.SequenceEqual(new long[] { 64, 64 }));
        Assert.Contains("<tfoot><tr><th>total</th><th></th><th style=\"text-align:right\">13,250</th>", summary.ToHtml());
        Assert.EndsWith("13,250", summary.ToString());
    }

    [Theory]
    [InlineData(new long[] { 2, 10 })]       // no feature axis
    [InlineData(new long[] { 2, 10, 3 })]    // wrong feature count
    public void Forward_WrongInputShape_ErrorNamesExpectedShape(long[] shape)
    {
        using var model = new BiLstmAttentionClassifier(BiLstmAttentionOptions.Seed);
        using var input = zeros(shape);
        var error = Assert.Throws<ArgumentException>(() => model.forward(input));
        Assert.Contains("BiLstmAttentionClassifier expects input of shape (batch, steps, 1)", error.Message);
        Assert.Throws<ArgumentException>(() => model.EncodeStates(input));
    }
}
