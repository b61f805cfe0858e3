namespace AttnTutorial.Training;

/// <summary>What one epoch of training measured. Introduced in chapter 05.</summary>
/// <param name="Epoch">1-based epoch number.</param>
/// <param name="TrainLoss">Mean loss over the epoch's training batches: binary cross-entropy for <see cref="Trainer"/>, the caller's loss for <see cref="Unsupervised.WindowTrainer"/>.</param>
/// <param name="ValidationLoss">Mean loss on the validation split after the epoch (the same loss, or the validation loss given to <see cref="Unsupervised.WindowTrainer"/>).</param>
/// <param name="ValidationAuc">ROC-AUC on the validation split, or null when it is undefined (one class only).</param>
/// <param name="Seconds">Wall time of the epoch, training and validation together.</param>
/// <param name="LearningRate">Learning rate at the end of the epoch.</param>
public sealed record EpochRecord(int Epoch, double TrainLoss, double ValidationLoss, double? ValidationAuc, double Seconds, double LearningRate);
