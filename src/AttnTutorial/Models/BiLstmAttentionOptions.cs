namespace AttnTutorial.Models;

/// <summary>Shape of <see cref="BiLstmAttentionClassifier"/>. Defaults are the seed architecture. Introduced in chapter 04.</summary>
public sealed record BiLstmAttentionOptions
{
    /// <summary>Features per time step. Default 1 (a univariate raw signal).</summary>
    public int InputSize { get; init; } = 1;

    /// <summary>LSTM hidden size per direction; states are 2× this. Default 32.</summary>
    public int HiddenSize { get; init; } = 32;

    /// <summary>Size of the attention's hidden layer W1. Default 64.</summary>
    public int AttentionSize { get; init; } = 64;

    /// <summary>How states are pooled over time. Default <see cref="Models.Pooling.Attention"/>.</summary>
    public Pooling Pooling { get; init; } = Pooling.Attention;

    /// <summary>The seed: LSTM(1→32, bidirectional) → attention 64→64→1 → Linear(64, 1).</summary>
    public static BiLstmAttentionOptions Seed { get; } = new();

    /// <summary>Throws <see cref="InvalidOptionException"/> naming the first bad option.</summary>
    public BiLstmAttentionOptions Validate()
    {
        InvalidOptionException.ThrowUnless(InputSize >= 1, nameof(InputSize), InputSize, "at least 1");
        InvalidOptionException.ThrowUnless(HiddenSize >= 1, nameof(HiddenSize), HiddenSize, "at least 1");
        InvalidOptionException.ThrowUnless(AttentionSize >= 1, nameof(AttentionSize), AttentionSize, "at least 1");
        InvalidOptionException.ThrowUnless(Enum.IsDefined(Pooling), nameof(Pooling), Pooling, "Attention, Mean or LastState");
        return this;
    }
}
