using static TorchSharp.torch;

namespace AttnTutorial.Training;

/// <summary>
/// The <see cref="Trainer"/>'s bookkeeping beside its loop: which epoch had the lowest validation loss, a copy of
/// that epoch's weights, and whether <see cref="TrainerOptions.Patience"/> epochs have passed without a better one.
/// </summary>
internal sealed class EarlyStopping : IDisposable
{
    private readonly nn.Module _model;
    private readonly int _patience;
    private Dictionary<string, Tensor>? _bestWeights;
    private double _bestLoss = double.PositiveInfinity;

    public EarlyStopping(nn.Module model, int patience)
    {
        _model = model;
        _patience = patience;
    }

    /// <summary>1-based epoch with the lowest validation loss so far; 0 before the first epoch.</summary>
    public int BestEpoch { get; private set; }

    /// <summary>Records a finished epoch (copying the model's weights when it is the best so far) and says whether to stop.</summary>
    public bool ShouldStop(EpochRecord epoch)
    {
        if (epoch.ValidationLoss < _bestLoss)
        {
            _bestLoss = epoch.ValidationLoss;
            BestEpoch = epoch.Epoch;
            DisposeBestWeights();
            _bestWeights = _model.state_dict().ToDictionary(kv => kv.Key, kv => kv.Value.detach().clone());
            return false;
        }
        return epoch.Epoch - BestEpoch >= _patience;
    }

    /// <summary>Loads the best epoch's weights into the model (nothing to do when no epoch finished).</summary>
    public void RestoreBestWeights()
    {
        if (_bestWeights is not null) _model.load_state_dict(_bestWeights);
    }

    /// <summary>Frees the copied weights.</summary>
    public void Dispose() => DisposeBestWeights();

    private void DisposeBestWeights()
    {
        if (_bestWeights is null) return;
        foreach (var tensor in _bestWeights.Values) tensor.Dispose();
        _bestWeights = null;
    }
}
