namespace AttnTutorial.Training;

/// <summary>Everything a training run measured, epoch by epoch, and which epoch's weights were kept. Introduced in chapter 05.</summary>
/// <param name="Epochs">One record per completed epoch, in order.</param>
/// <param name="BestEpoch">1-based epoch with the lowest validation loss; its weights are the model's final weights.</param>
/// <param name="StoppedEarly">True when early stopping ended training before the epoch budget.</param>
public sealed record TrainingHistory(IReadOnlyList<EpochRecord> Epochs, int BestEpoch, bool StoppedEarly)
{
    /// <summary>Total wall time over all epochs.</summary>
    public double TotalSeconds => Epochs.Sum(e => e.Seconds);
}
