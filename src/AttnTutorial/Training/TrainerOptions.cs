namespace AttnTutorial.Training;

/// <summary>How <see cref="Trainer"/> trains. Defaults are the seed recipe. Introduced in chapter 05.</summary>
public sealed record TrainerOptions
{
    /// <summary>Adam's learning rate (the peak rate under <see cref="LearningRateSchedule.OneCycle"/>). Default 1e-3.</summary>
    public double LearningRate { get; init; } = 1e-3;

    /// <summary>Series per batch. Default 32.</summary>
    public int BatchSize { get; init; } = 32;

    /// <summary>Most epochs to train. Default 15.</summary>
    public int Epochs { get; init; } = 15;

    /// <summary>Stop after this many epochs without a lower validation loss; the best epoch's weights are restored. Default 5.</summary>
    public int Patience { get; init; } = 5;

    /// <summary>Learning-rate schedule. Default <see cref="LearningRateSchedule.Constant"/>.</summary>
    public LearningRateSchedule Schedule { get; init; } = LearningRateSchedule.Constant;

    /// <summary>Clip the gradient's global norm to this value; null leaves gradients alone. Default null.</summary>
    public double? GradientClipNorm { get; init; }

    /// <summary>Seed for torch and for batch shuffling during training; torch's random state is put back when training returns. Default 42.</summary>
    public int RandomSeed { get; init; } = 42;

    /// <summary>Threads torch may use while training (the previous count is put back afterwards); 0 leaves the current setting, by default all cores. Default 0.</summary>
    public int Threads { get; init; }

    /// <summary>Where to train. Default <see cref="TrainingDevice.Auto"/>.</summary>
    public TrainingDevice Device { get; init; } = TrainingDevice.Auto;

    /// <summary>Series per batch when scoring the validation split. Default 256.</summary>
    public int EvaluationBatchSize { get; init; } = 256;

    /// <summary>The seed recipe: Adam 1e-3, batch 32, 15 epochs, patience 5.</summary>
    public static TrainerOptions Seed { get; } = new();

    /// <summary>A few seconds of training for tests and quick notebook runs: 2 epochs.</summary>
    public static TrainerOptions Quick { get; } = new() { Epochs = 2, Patience = 2 };

    /// <summary>Throws <see cref="InvalidOptionException"/> naming the first bad option.</summary>
    public TrainerOptions Validate()
    {
        InvalidOptionException.ThrowUnless(LearningRate > 0 && double.IsFinite(LearningRate), nameof(LearningRate), LearningRate, "a positive number");
        InvalidOptionException.ThrowUnless(BatchSize >= 1, nameof(BatchSize), BatchSize, "at least 1");
        InvalidOptionException.ThrowUnless(Epochs >= 1, nameof(Epochs), Epochs, "at least 1");
        InvalidOptionException.ThrowUnless(Patience >= 1, nameof(Patience), Patience, "at least 1");
        InvalidOptionException.ThrowUnless(GradientClipNorm is null or > 0, nameof(GradientClipNorm), GradientClipNorm, "null or a positive number");
        InvalidOptionException.ThrowUnless(Threads >= 0, nameof(Threads), Threads, "0 (torch's default) or more");
        InvalidOptionException.ThrowUnless(EvaluationBatchSize >= 1, nameof(EvaluationBatchSize), EvaluationBatchSize, "at least 1");
        InvalidOptionException.ThrowUnless(Enum.IsDefined(Schedule), nameof(Schedule), Schedule, "Constant or OneCycle");
        InvalidOptionException.ThrowUnless(Enum.IsDefined(Device), nameof(Device), Device, "Auto, Cpu or Cuda");
        return this;
    }
}
