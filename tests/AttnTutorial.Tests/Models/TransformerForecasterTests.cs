using AttnTutorial.Models;
using TorchSharp;
using static TorchSharp.torch;

namespace AttnTutorial.Tests.Models;

[Collection(TorchTests.Collection)]
public class TransformerForecasterTests
{
    private static TransformerForecaster Build(TransformerForecasterOptions options)
    {
        random.manual_seed(5);
        return new TransformerForecaster(options);
    }

    [Fact]
    public void Forward_Forecast_GivesHorizonAndEveryLayersMaps()
    {
        using var model = Build(new() { InputSize = 3, Horizon = 2, Layers = 2, Heads = 2, ModelSize = 16 });
        using var input = randn(4, 10, 3);
        var (output, weights) = model.forward(input);
        Assert.Equal(new long[] { 4, 2, 3 }, output.shape);
        Assert.Equal(new long[] { 4, 2, 2, 10, 10 }, weights.shape);
    }

    [Fact]
    public void Forward_Reconstruction_GivesEveryStep()
    {
        using var model = Build(new() { InputSize = 3, Objective = TransformerObjective.Reconstruction });
        using var input = randn(4, 10, 3);
        Assert.Equal(new long[] { 4, 10, 3 }, model.forward(input).Output.shape);
    }

    [Fact]
    public void Forward_Causal_RowsSumToOneAndZeroAboveDiagonal()
    {
        using var model = Build(new() { InputSize = 2, Layers = 2 });
        using var input = randn(3, 8, 2);
        var (_, weights) = model.forward(input);
        TinyRun.AssertRowsSumToOne(weights);
        using var above = weights.masked_select(MultiHeadSelfAttention.CausalMask(8));
        Assert.Equal(0f, above.abs().max().item<float>());
    }

    [Fact]
    public void Forward_NotCausal_LooksAhead()
    {
        using var model = Build(new() { InputSize = 2, Causal = false });
        using var input = randn(3, 8, 2);
        var (_, weights) = model.forward(input);
        TinyRun.AssertRowsSumToOne(weights);
        using var above = weights.masked_select(MultiHeadSelfAttention.CausalMask(8));
        Assert.True(above.min().item<float>() > 0);
    }

    [Fact]
    public void Forward_CausalReconstruction_EarlierStepsIgnoreLaterOnes()
    {
        using var model = Build(new() { InputSize = 2, Layers = 2, Objective = TransformerObjective.Reconstruction });
        using var input = randn(1, 8, 2);
        using var changed = input.clone();
        changed[0, 6, 0] = tensor(10f);
        var (before, _) = model.forward(input);
        var (after, _) = model.forward(changed);
        Assert.True(before.narrow(1, 0, 6).allclose(after.narrow(1, 0, 6)), "steps 0..5 changed when step 6 did");
        Assert.False(before.narrow(1, 6, 2).allclose(after.narrow(1, 6, 2)), "steps 6..7 did not change with step 6");
    }

    [Fact]
    public void Options_BadValues_ErrorNamesOption()
    {
        Assert.Equal("Heads", Assert.Throws<InvalidOptionException>(() => new TransformerForecasterOptions { ModelSize = 30, Heads = 4 }.Validate()).Option);
        Assert.Equal("Horizon", Assert.Throws<InvalidOptionException>(() => new TransformerForecasterOptions { Horizon = 0 }.Validate()).Option);
        Assert.Equal("Layers", Assert.Throws<InvalidOptionException>(() => new TransformerForecasterOptions { Layers = 0 }.Validate()).Option);
    }

    [Fact]
    public void Forward_WrongChannels_SaysExpectedShape()
    {
        using var model = Build(new() { InputSize = 3 });
        using var input = randn(2, 8, 5);
        Assert.Contains("(batch, steps, 3)", Assert.Throws<ArgumentException>(() => model.forward(input)).Message);
    }
}
