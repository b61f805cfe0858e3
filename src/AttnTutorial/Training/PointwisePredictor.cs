using AttnTutorial.Data;
using TorchSharp;
using static TorchSharp.torch;

namespace AttnTutorial.Training;

/// <summary>Runs a point-wise detector (one logit per time step) over a dataset without gradients.</summary>
public static class PointwisePredictor
{
    /// <summary>Per-time-step anomaly probabilities for every series of <paramref name="data"/>, in order.</summary>
    /// <exception cref="InvalidOptionException">The dataset's features fold time steps into patches (PatchSize ≠ 1).</exception>
    public static PointwisePredictions Predict(nn.Module<Tensor, Tensor> detector, SeriesDataset data, int batchSize = 256, Device? device = null)
    {
        RequireTimeAxis(data);
        device ??= CPU;
        var probabilities = new float[data.Count][];
        double lossSum = 0;
        ScoringLoop.Run(detector, data, batchSize, device, (batch, index, inputs) =>
        {
            var masks = data.Masks.index_select(0, index).to(device);
            var logits = detector.forward(inputs); // (batch, T)
            lossSum += nn.functional.binary_cross_entropy_with_logits(logits, masks, reduction: nn.Reduction.Sum).item<float>();
            var probs = logits.sigmoid().cpu().contiguous().data<float>().ToArray();
            int length = (int)logits.shape[1];
            for (int i = 0; i < batch.Length; i++) probabilities[batch[i]] = probs.AsSpan(i * length, length).ToArray();
        });
        return new PointwisePredictions(probabilities, lossSum / ((double)data.Count * data.Masks.shape[1]));
    }

    /// <summary>
    /// Masks are on the series' time axis (N, T); a point-wise model's outputs are on its input steps. They agree only
    /// when each model step is one time step.
    /// </summary>
    internal static void RequireTimeAxis(SeriesDataset data) =>
        InvalidOptionException.ThrowUnless(data.Features.PatchSize == 1, nameof(InputFeatures.PatchSize), data.Features.PatchSize,
            "1 for a point-wise detector: its targets are the per-time-step masks, one per input step");
}
