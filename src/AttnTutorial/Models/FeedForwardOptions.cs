namespace AttnTutorial.Models;

/// <summary>Shape of <see cref="FeedForwardClassifier"/>. Defaults fit the seed's raw 500-step univariate input.</summary>
public sealed record FeedForwardOptions
{
    /// <summary>Features per model step. Default 1 (a univariate raw signal).</summary>
    public int InputSize { get; init; } = 1;

    /// <summary>
    /// Model steps per window. The network sees the window as one flat vector of Steps × InputSize numbers, so it
    /// only accepts windows of exactly this length. Default 500 (the seed's series length).
    /// </summary>
    public int Steps { get; init; } = 500;

    /// <summary>Width of each hidden layer, in order; each is followed by a ReLU. Default [64, 32].</summary>
    public IReadOnlyList<int> HiddenSizes { get; init; } = [64, 32];

    /// <summary>Steps × InputSize → 64 → 32 → 1.</summary>
    public static FeedForwardOptions Seed { get; } = new();

    /// <summary>Throws <see cref="InvalidOptionException"/> naming the first bad option.</summary>
    public FeedForwardOptions Validate()
    {
        InvalidOptionException.ThrowUnless(InputSize >= 1, nameof(InputSize), InputSize, "at least 1");
        InvalidOptionException.ThrowUnless(Steps >= 1, nameof(Steps), Steps, "at least 1");
        InvalidOptionException.ThrowUnless(HiddenSizes.Count >= 1 && HiddenSizes.All(h => h >= 1), nameof(HiddenSizes), string.Join(",", HiddenSizes), "one or more sizes, each at least 1");
        return this;
    }
}
