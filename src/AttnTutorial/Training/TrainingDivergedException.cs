namespace AttnTutorial.Training;

/// <summary>The loss became NaN or infinite; training stopped. Try a lower learning rate or gradient clipping.</summary>
public sealed class TrainingDivergedException : Exception
{
    /// <summary>Creates the exception for the batch where the loss stopped being finite.</summary>
    public TrainingDivergedException(int epoch, int batch, double loss)
        : base($"Training diverged: the loss was {loss} at epoch {epoch}, batch {batch}. Lower the learning rate or set GradientClipNorm.")
    {
        Epoch = epoch;
        Batch = batch;
    }

    /// <summary>1-based epoch where it happened.</summary>
    public int Epoch { get; }

    /// <summary>1-based batch where it happened.</summary>
    public int Batch { get; }
}
