namespace AttnTutorial.Models;

/// <summary>Shape of <see cref="PointwiseLstmDetector"/>. Defaults follow the survey seed's Keras model, with a linear projection for its Embedding.</summary>
public sealed record PointwiseLstmOptions
{
    /// <summary>Features per time step. Default 1.</summary>
    public int InputSize { get; init; } = 1;

    /// <summary>Size of the linear input projection (the seed's "Embedding" output). Default 16.</summary>
    public int ProjectionSize { get; init; } = 16;

    /// <summary>LSTM hidden size (per direction). Default 32.</summary>
    public int HiddenSize { get; init; } = 32;

    /// <summary>
    /// Read the series in both directions. The seed's LSTM runs forwards only, so at step t it cannot know that a
    /// segment which has just begun will stay flat; both directions fix that. Default false (the seed).
    /// </summary>
    public bool Bidirectional { get; init; }

    /// <summary>The seed: projection 1→16, LSTM(16→32) forwards, Dense(32→1) per time step, sigmoid.</summary>
    public static PointwiseLstmOptions Seed { get; } = new();

    /// <summary>Throws <see cref="InvalidOptionException"/> naming the first bad option.</summary>
    public PointwiseLstmOptions Validate()
    {
        InvalidOptionException.ThrowUnless(InputSize >= 1, nameof(InputSize), InputSize, "at least 1");
        InvalidOptionException.ThrowUnless(ProjectionSize >= 1, nameof(ProjectionSize), ProjectionSize, "at least 1");
        InvalidOptionException.ThrowUnless(HiddenSize >= 1, nameof(HiddenSize), HiddenSize, "at least 1");
        return this;
    }
}
