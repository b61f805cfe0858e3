namespace AttnTutorial.Models;

/// <summary>Shape of <see cref="MultiHeadAttentionClassifier"/>. Defaults are the seed's suggestion: model size 64, 4 heads, no BiLSTM.</summary>
public sealed record MultiHeadAttentionOptions
{
    /// <summary>Features per model step. Default 1 (a univariate raw signal).</summary>
    public int InputSize { get; init; } = 1;

    /// <summary>
    /// Put the seed's BiLSTM in front: the projection then reads the LSTM's states (2 × <see cref="LstmHiddenSize"/>)
    /// instead of the raw features, so every step already knows its neighbourhood. Default false.
    /// </summary>
    public bool UseBiLstm { get; init; }

    /// <summary>BiLSTM hidden size per direction, when <see cref="UseBiLstm"/> is set. Default 32 (as the seed).</summary>
    public int LstmHiddenSize { get; init; } = 32;

    /// <summary>Size d of the projection, the positional encoding and the attention. Default 64.</summary>
    public int ModelSize { get; init; } = 64;

    /// <summary>Attention heads H, in the self-attention and in the pooling; must divide <see cref="ModelSize"/>. Default 4.</summary>
    public int Heads { get; init; } = 4;

    /// <summary>Add the sinusoidal positional encoding after the projection. Default true; false shows what attention does without it.</summary>
    public bool PositionalEncoding { get; init; } = true;

    /// <summary>The seed's suggestion: Linear(1→64) + sinusoidal PE → MultiheadAttention(64, 4 heads) → 4-head query pooling → Linear(64, 1).</summary>
    public static MultiHeadAttentionOptions Seed { get; } = new();

    /// <summary>Throws <see cref="InvalidOptionException"/> naming the first bad option.</summary>
    public MultiHeadAttentionOptions Validate()
    {
        InvalidOptionException.ThrowUnless(InputSize >= 1, nameof(InputSize), InputSize, "at least 1");
        InvalidOptionException.ThrowUnless(LstmHiddenSize >= 1, nameof(LstmHiddenSize), LstmHiddenSize, "at least 1");
        InvalidOptionException.ThrowUnless(ModelSize >= 1, nameof(ModelSize), ModelSize, "at least 1");
        InvalidOptionException.ThrowUnless(Heads >= 1 && ModelSize % Heads == 0, nameof(Heads), Heads, $"at least 1 and a divisor of ModelSize {ModelSize}");
        return this;
    }
}
