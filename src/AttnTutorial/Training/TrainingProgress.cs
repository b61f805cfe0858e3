namespace AttnTutorial.Training;

/// <summary>
/// Reported by <see cref="Trainer"/> after every batch, and once more when an epoch ends (then
/// <see cref="CompletedEpoch"/> is set).
/// Introduced in chapter 05.
/// </summary>
/// <param name="Epoch">1-based epoch.</param>
/// <param name="Epochs">The epoch budget.</param>
/// <param name="Batch">1-based batch within the epoch.</param>
/// <param name="Batches">Batches per epoch.</param>
/// <param name="BatchLoss">This batch's loss; null on the report that closes an epoch, which is not a batch.</param>
/// <param name="RunningLoss">Mean loss over the epoch's batches so far (on the closing report: the epoch's training loss).</param>
/// <param name="CompletedEpoch">The finished epoch's record, on the report that closes an epoch; else null.</param>
public sealed record TrainingProgress(int Epoch, int Epochs, int Batch, int Batches, double? BatchLoss, double RunningLoss, EpochRecord? CompletedEpoch)
{
    /// <summary>One line for a live progress display, e.g. "epoch 3/15 · batch 45/110 · loss 0.4123".</summary>
    public override string ToString() => CompletedEpoch is { } e
        ? string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"epoch {e.Epoch}/{Epochs} done · train loss {e.TrainLoss:F4} · val loss {e.ValidationLoss:F4} · val AUC {(e.ValidationAuc is double a ? a.ToString("F4", System.Globalization.CultureInfo.InvariantCulture) : "n/a")} · {e.Seconds:F1}s")
        : string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"epoch {Epoch}/{Epochs} · batch {Batch}/{Batches} · loss {RunningLoss:F4}");
}
