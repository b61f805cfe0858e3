using AttnTutorial.Data;
using TorchSharp;
using static TorchSharp.torch;

namespace AttnTutorial.Evaluation;

/// <summary>
/// Gradient saliency: how strongly the anomaly logit reacts to each input value, |∂logit/∂x|. Works for any
/// classifier, with or without attention, so it can attribute a decision to channels where attention (one weight
/// per time step) cannot.
/// </summary>
/// <remarks>
/// The model runs in eval mode; each series' logit depends only on its own input, so one backward pass of the
/// summed logits gives every series' gradient. Parameter gradients are cleared afterwards.
/// </remarks>
public static class GradientSaliency
{
    /// <summary>|∂logit_i/∂x_i| for every input value.</summary>
    /// <param name="model">A trained classifier.</param>
    /// <param name="inputs">Model input, shape (batch, steps, features), e.g. <c>data.Inputs[..8]</c>.</param>
    /// <returns>A new tensor of the input's shape (batch, steps, features), on the CPU, without gradient.</returns>
    public static Tensor Of(nn.Module<Tensor, (Tensor Logits, Tensor Weights)> model, Tensor inputs)
    {
        bool wasTraining = model.training;
        model.eval();
        try
        {
            using var scope = NewDisposeScope();
            var x = inputs.detach().clone().requires_grad_(true);
            var (logits, _) = model.forward(x);
            logits.sum().backward();
            return x.grad!.abs().detach().cpu().MoveToOuterDisposeScope();
        }
        finally
        {
            model.zero_grad();
            model.train(wasTraining);
        }
    }

    /// <summary>
    /// Saliency on the series' own axes: per series, per channel, per time step (the features of a channel — its value
    /// and its difference, at each position of a patch — are added back onto the time step they came from).
    /// </summary>
    /// <param name="model">A trained classifier.</param>
    /// <param name="inputs">Model input (batch, steps, features) made with <paramref name="features"/>.</param>
    /// <param name="features">How the input was made from the series.</param>
    /// <param name="channels">Channels C of the series.</param>
    /// <returns>[series][channel][time step], time steps T = steps × PatchSize.</returns>
    public static float[][][] PerChannelOverTime(nn.Module<Tensor, (Tensor Logits, Tensor Weights)> model, Tensor inputs, InputFeatures features, int channels)
    {
        if (inputs.ndim != 3 || inputs.shape[2] != features.FeatureCount(channels))
            throw new ArgumentException($"inputs must be (batch, steps, {features.FeatureCount(channels)}) for {channels} channels with these features; got ({string.Join(", ", inputs.shape)}).", nameof(inputs));
        using var saliency = Of(model, inputs);
        int batch = (int)inputs.shape[0], steps = (int)inputs.shape[1], featureCount = (int)inputs.shape[2];
        var flat = saliency.contiguous().data<float>().ToArray();
        var result = new float[batch][][];
        for (int i = 0; i < batch; i++)
        {
            result[i] = new float[channels][];
            for (int c = 0; c < channels; c++) result[i][c] = new float[steps * features.PatchSize];
            for (int s = 0; s < steps; s++)
            {
                for (int f = 0; f < featureCount; f++)
                {
                    var (channel, time) = features.Locate(s, f);
                    result[i][channel][time] += flat[((i * steps) + s) * featureCount + f];
                }
            }
        }
        return result;
    }

    /// <summary>
    /// Saliency per channel: |∂logit/∂x| summed over time and over each channel's features. Divide by the row sum for
    /// each channel's share of the decision.
    /// </summary>
    /// <returns>[series][channel].</returns>
    public static float[][] PerChannel(nn.Module<Tensor, (Tensor Logits, Tensor Weights)> model, Tensor inputs, InputFeatures features, int channels) =>
        PerChannelOverTime(model, inputs, features, channels).Select(series => series.Select(channel => channel.Sum()).ToArray()).ToArray();
}
