namespace AttnTutorial.Training;

/// <summary>
/// Reported by <see cref="Trainer"/> after every batch, and once more when an epoch ends (then
/// <see cref="CompletedEpoch"/> is set).
/// </summary>
/// <param name="Epoch">1-based epoch.</param>
/// <param name="Epochs">The epoch budget.</param>
/// <param name="Batch">1-based batch within the epoch.</param>
/// <param name="Batches">Batches per epoch.</param>
/// <param name="BatchLoss">This batch's loss.</param>
/// <param name="RunningLoss">Mean loss over the epoch's batches so far.</param>
/// <param name="CompletedEpoch">The finished epoch's record, on the report that closes an epoch; else null.</param>
public sealed record TrainingProgress(int Epoch, int Epochs, int Batch, int Batches, double BatchLoss, double RunningLoss, EpochRecord? CompletedEpoch);
