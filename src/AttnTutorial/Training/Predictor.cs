using AttnTutorial.Data;
using TorchSharp;
using static TorchSharp.torch;

namespace AttnTutorial.Training;

/// <summary>Runs a classifier over a dataset without gradients and collects probabilities and attention. Introduced in chapter 06.</summary>
public static class Predictor
{
    /// <summary>Scores every series of <paramref name="data"/> in order.</summary>
    public static Predictions Predict(nn.Module<Tensor, (Tensor Logits, Tensor Weights)> model, SeriesDataset data, int batchSize = 256, Device? device = null)
    {
        device ??= CPU;
        var probabilities = new float[data.Count];
        var weights = new float[data.Count][];
        double lossSum = 0;
        ScoringLoop.Run(model, data, batchSize, device, (batch, index, inputs) =>
        {
            var labels = data.Labels.index_select(0, index).to(device);
            var (logits, stepWeights) = model.forward(inputs);
            lossSum += nn.functional.binary_cross_entropy_with_logits(logits, labels, reduction: nn.Reduction.Sum).item<float>();
            var probs = logits.sigmoid().cpu().data<float>().ToArray();
            var w = stepWeights.cpu().contiguous();
            long steps = w.shape[1];
            var flat = w.data<float>().ToArray();
            for (int i = 0; i < batch.Length; i++)
            {
                probabilities[batch[i]] = probs[i];
                weights[batch[i]] = data.Features.WeightsOnTimeAxis(flat.AsSpan(i * (int)steps, (int)steps));
            }
        });
        return new Predictions(probabilities, weights, lossSum / data.Count);
    }
}
