namespace AttnTutorial.Models;

/// <summary>
/// Shape of <see cref="TransformerForecaster"/>. Defaults are small on purpose, so chapter 13 can fit it on four data
/// sets × five seeds in minutes on two cores: d = 32, 2 heads, 1 layer, causal attention, one-step forecast.
/// </summary>
public sealed record TransformerForecasterOptions
{
    /// <summary>Channels C of the series (input and output features per step). Default 1.</summary>
    public int InputSize { get; init; } = 1;

    /// <summary>What to output. Default <see cref="TransformerObjective.Forecast"/>.</summary>
    public TransformerObjective Objective { get; init; } = TransformerObjective.Forecast;

    /// <summary>Steps H forecast after the window (used by <see cref="TransformerObjective.Forecast"/>). Default 1.</summary>
    public int Horizon { get; init; } = 1;

    /// <summary>Token size d of the embedding, positional encoding and attention. Default 32.</summary>
    public int ModelSize { get; init; } = 32;

    /// <summary>Attention heads H per layer; must divide <see cref="ModelSize"/>. Default 2.</summary>
    public int Heads { get; init; } = 2;

    /// <summary>Encoder layers N. Default 1.</summary>
    public int Layers { get; init; } = 1;

    /// <summary>Hidden width of each layer's feed-forward block. Default 64 (2d; the paper's 4d buys nothing this small).</summary>
    public int FeedForwardSize { get; init; } = 64;

    /// <summary>
    /// Causal attention: step i attends to steps 0..i only. Default true. A forecast reads only the last step, which may
    /// see the whole window either way; the mask matters for reconstruction, where without it step i can read steps
    /// after it, and it makes every row of the attention maps a statement about the past.
    /// </summary>
    public bool Causal { get; init; } = true;

    /// <summary>The defaults above.</summary>
    public static TransformerForecasterOptions Default { get; } = new();

    /// <summary>Throws <see cref="InvalidOptionException"/> naming the first bad option.</summary>
    public TransformerForecasterOptions Validate()
    {
        InvalidOptionException.ThrowUnless(InputSize >= 1, nameof(InputSize), InputSize, "at least 1");
        InvalidOptionException.ThrowUnless(Enum.IsDefined(Objective), nameof(Objective), Objective, "Forecast or Reconstruction");
        InvalidOptionException.ThrowUnless(Horizon >= 1, nameof(Horizon), Horizon, "at least 1");
        InvalidOptionException.ThrowUnless(ModelSize >= 1, nameof(ModelSize), ModelSize, "at least 1");
        InvalidOptionException.ThrowUnless(Heads >= 1 && ModelSize % Heads == 0, nameof(Heads), Heads, $"at least 1 and a divisor of ModelSize {ModelSize}");
        InvalidOptionException.ThrowUnless(Layers >= 1, nameof(Layers), Layers, "at least 1");
        InvalidOptionException.ThrowUnless(FeedForwardSize >= 1, nameof(FeedForwardSize), FeedForwardSize, "at least 1");
        return this;
    }
}
