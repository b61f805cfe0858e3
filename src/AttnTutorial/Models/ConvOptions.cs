namespace AttnTutorial.Models;

/// <summary>Shape of <see cref="ConvClassifier"/>. Defaults: three conv layers of 32 filters, kernel 5, global max pooling.</summary>
public sealed record ConvOptions
{
    /// <summary>Features per model step (the conv's input channels). Default 1.</summary>
    public int InputSize { get; init; } = 1;

    /// <summary>Filters per conv layer, in order. Default [32, 32, 32].</summary>
    public IReadOnlyList<int> Channels { get; init; } = [32, 32, 32];

    /// <summary>Kernel width in steps, odd so "same" padding keeps the length. Default 5.</summary>
    public int KernelSize { get; init; } = 5;

    /// <summary>
    /// Halve the time axis with max pooling (size 2) after every conv layer but the last, so each layer sees twice as
    /// far: with 3 layers of kernel 5 the receptive field is 29 steps instead of 13. Default true.
    /// </summary>
    public bool Downsample { get; init; } = true;

    /// <summary>How the last layer's maps are collapsed over time. Default <see cref="GlobalPooling.Max"/>.</summary>
    public GlobalPooling Pooling { get; init; } = GlobalPooling.Max;

    /// <summary>Conv(1→32, k5)–ReLU–MaxPool2 → Conv(32→32, k5)–ReLU–MaxPool2 → Conv(32→32, k5)–ReLU → global max → Linear(32, 1).</summary>
    public static ConvOptions Seed { get; } = new();

    /// <summary>Throws <see cref="InvalidOptionException"/> naming the first bad option.</summary>
    public ConvOptions Validate()
    {
        InvalidOptionException.ThrowUnless(InputSize >= 1, nameof(InputSize), InputSize, "at least 1");
        InvalidOptionException.ThrowUnless(Channels.Count >= 1 && Channels.All(c => c >= 1), nameof(Channels), string.Join(",", Channels), "one or more filter counts, each at least 1");
        InvalidOptionException.ThrowUnless(KernelSize >= 1 && KernelSize % 2 == 1, nameof(KernelSize), KernelSize, "an odd number, at least 1");
        InvalidOptionException.ThrowUnless(Enum.IsDefined(Pooling), nameof(Pooling), Pooling, "Max or Average");
        return this;
    }
}
