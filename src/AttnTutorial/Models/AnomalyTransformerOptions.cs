namespace AttnTutorial.Models;

/// <summary>
/// Shape of <see cref="AnomalyTransformer"/>. The paper's model has d = 512, 8 heads and 3 layers over windows of 100;
/// the defaults here are small enough for chapter 13's budget (four data sets × five seeds in minutes on two cores):
/// d = 32, 2 heads, 2 layers.
/// </summary>
public sealed record AnomalyTransformerOptions
{
    /// <summary>Channels C of the series. Default 1.</summary>
    public int InputSize { get; init; } = 1;

    /// <summary>Token size d. Default 32.</summary>
    public int ModelSize { get; init; } = 32;

    /// <summary>Attention heads H per layer (each with its own σ per step); must divide <see cref="ModelSize"/>. Default 2.</summary>
    public int Heads { get; init; } = 2;

    /// <summary>Encoder layers N; the association discrepancy is averaged over them. Default 2.</summary>
    public int Layers { get; init; } = 2;

    /// <summary>Hidden width of each layer's feed-forward block. Default 64.</summary>
    public int FeedForwardSize { get; init; } = 64;

    /// <summary>The defaults above.</summary>
    public static AnomalyTransformerOptions Default { get; } = new();

    /// <summary>Throws <see cref="InvalidOptionException"/> naming the first bad option.</summary>
    public AnomalyTransformerOptions Validate()
    {
        InvalidOptionException.ThrowUnless(InputSize >= 1, nameof(InputSize), InputSize, "at least 1");
        InvalidOptionException.ThrowUnless(ModelSize >= 1, nameof(ModelSize), ModelSize, "at least 1");
        InvalidOptionException.ThrowUnless(Heads >= 1 && ModelSize % Heads == 0, nameof(Heads), Heads, $"at least 1 and a divisor of ModelSize {ModelSize}");
        InvalidOptionException.ThrowUnless(Layers >= 1, nameof(Layers), Layers, "at least 1");
        InvalidOptionException.ThrowUnless(FeedForwardSize >= 1, nameof(FeedForwardSize), FeedForwardSize, "at least 1");
        return this;
    }
}
