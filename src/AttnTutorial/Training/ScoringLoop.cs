using AttnTutorial.Data;
using TorchSharp;
using static TorchSharp.torch;

namespace AttnTutorial.Training;

/// <summary>The batch loop the predictors share: eval mode, no gradients, a dispose scope per batch, training mode restored.</summary>
internal static class ScoringLoop
{
    /// <summary>Calls <paramref name="score"/> for each batch in dataset order with the batch's indices and index tensor and its inputs on <paramref name="device"/>.</summary>
    public static void Run(nn.Module model, SeriesDataset data, int batchSize, Device device, Action<long[], Tensor, Tensor> score)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1, nameof(batchSize));
        bool wasTraining = model.training;
        model.eval();
        try
        {
            using var noGrad = no_grad();
            foreach (var batch in BatchSampler.Batches(data.Count, batchSize, shuffle: null))
            {
                using var scope = NewDisposeScope();
                var index = tensor(batch);
                score(batch, index, data.Inputs.index_select(0, index).to(device));
            }
        }
        finally
        {
            model.train(wasTraining);
        }
    }
}
