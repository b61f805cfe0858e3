using AttnTutorial.Data;
using AttnTutorial.Models;

namespace AttnTutorial.Training;

/// <summary>Everything that decides a training run: data, input features, model shape and trainer settings. Introduced in chapter 05.</summary>
/// <param name="Name">Short name shown in tables and JSON ("seed", "tuned").</param>
/// <param name="Data">How series are generated.</param>
/// <param name="Features">How series become model input.</param>
/// <param name="Model">Model shape; <see cref="BiLstmAttentionOptions.InputSize"/> is derived from the features by <see cref="ModelOptions"/>.</param>
/// <param name="Training">Trainer settings.</param>
public sealed record Recipe(string Name, SyntheticSeriesOptions Data, InputFeatures Features, BiLstmAttentionOptions Model, TrainerOptions Training)
{
    /// <summary>
    /// The seed recipe exactly: raw sine waves, BiLSTM(1→32×2) + additive attention, Adam 1e-3, batch 32,
    /// 15 epochs, patience 5. It learns slowly; the course starts here and then shows why.
    /// </summary>
    public static Recipe Seed { get; } = new("seed", SyntheticSeriesOptions.Seed, InputFeatures.Seed, BiLstmAttentionOptions.Seed, TrainerOptions.Seed);

    /// <summary>
    /// The same BiLSTM + additive attention model, fed better: each series scaled to [0, 1] by its own range
    /// (amplitudes differ tenfold, an LSTM's gates saturate on raw values), a first-difference feature (a flat
    /// segment is exactly zero there), 4 time steps per LSTM step (125 sequential steps instead of 500), larger
    /// batches and a one-cycle learning rate so a few epochs suffice. One torch thread: for a model this small,
    /// threads spend more time synchronising than computing (measured: 12.5 s with one thread, 22.5 s with two,
    /// on the 2-core development machine).
    /// </summary>
    public static Recipe Tuned { get; } = new(
        "tuned",
        SyntheticSeriesOptions.Seed,
        new InputFeatures { Scaling = ScalingMode.PerSeries, FirstDifference = true, PatchSize = 4 },
        BiLstmAttentionOptions.Seed,
        new TrainerOptions { LearningRate = 3e-3, BatchSize = 64, Epochs = 6, Patience = 3, Schedule = LearningRateSchedule.OneCycle, GradientClipNorm = 1.0, Threads = 1 });

    /// <summary>The recipe with this name ("seed" or "tuned").</summary>
    public static Recipe Named(string name) => name switch
    {
        "seed" => Seed,
        "tuned" => Tuned,
        _ => throw new InvalidOptionException("recipe", name, "seed or tuned"),
    };

    /// <summary>The model options with the input size the features produce for this recipe's data.</summary>
    public BiLstmAttentionOptions ModelOptions => Model with { InputSize = Features.FeatureCount(Data.Channels) };

    /// <summary>Throws <see cref="InvalidOptionException"/> naming the first bad option in any part.</summary>
    public Recipe Validate()
    {
        Data.Validate();
        Features.Validate(Data.Length);
        ModelOptions.Validate();
        Training.Validate();
        return this;
    }
}
