using AttnTutorial.Data;
using AttnTutorial.Evaluation;
using AttnTutorial.Models;
using static TorchSharp.torch;

namespace AttnTutorial.Tests.Evaluation;

[Collection(TorchTests.Collection)]
public class GradientSaliencyTests
{
    // A linear model logit = Σ w·x has gradient w everywhere, so its saliency is |w| laid out on the input.
    private static FeedForwardClassifier Linear(int steps, int features, float[] weights)
    {
        var model = new FeedForwardClassifier(new FeedForwardOptions { Steps = steps, InputSize = features, HiddenSizes = [1] });
        var named = model.named_parameters().ToDictionary(p => p.name, p => p.parameter);
        using (no_grad())
        {
            named["layers.linear0.weight"].copy_(tensor(weights).reshape(1, -1));
            named["layers.linear0.bias"].fill_(1e4f); // keeps the ReLU open: |w·x| stays far below 1e4 for randn inputs (100 did not: CI drew w·x < −100)
            named["layers.output.weight"].fill_(1f);
        }
        return model;
    }

    [Fact]
    public void PerChannel_LinearModel_SumsAbsoluteWeightsPerChannel()
    {
        // 3 steps × 2 channels, features (c0, c1) per step: |w| for channel 0 = 1 + 3 + 5, channel 1 = 2 + 4 + 6.
        using var model = Linear(3, 2, [1, -2, 3, -4, 5, -6]);
        using var input = randn(2, 3, 2);
        var perChannel = GradientSaliency.PerChannel(model, input, InputFeatures.Seed, channels: 2);
        Assert.Equal(2, perChannel.Length);
        Assert.All(perChannel, series => Assert.Equal([9f, 12f], series));
    }

    [Fact]
    public void PerChannelOverTime_PatchedWithDifferences_MapsFeaturesBackToTimeSteps()
    {
        // One channel, patch 2, with differences: step s holds (x_2s, x_2s+1, d_2s, d_2s+1).
        var features = new InputFeatures { FirstDifference = true, PatchSize = 2 };
        using var model = Linear(2, 4, [1, 2, 10, 20, 3, 4, 30, 40]);
        using var input = randn(1, 2, 4);
        var overTime = GradientSaliency.PerChannelOverTime(model, input, features, channels: 1);
        Assert.Equal([11f, 22f, 33f, 44f], overTime[0][0]);
    }

    [Fact]
    public void Of_LeavesNoParameterGradients()
    {
        using var model = Linear(2, 1, [1, 1]);
        using var input = randn(1, 2, 1);
        using var saliency = GradientSaliency.Of(model, input);
        Assert.Equal([1L, 2L, 1L], saliency.shape);
        Assert.All(model.parameters(), p => Assert.True(p.grad is null || p.grad.abs().sum().item<float>() == 0));
    }
}
