namespace AttnTutorial.Models;

/// <summary>
/// Shape of <see cref="LearnedGraphForecaster"/>. The defaults suit chapter 14's default sensor network (16 sensors on a
/// 4 × 4 grid, whose sensors have 3 neighbours on average) and train in seconds on a CPU.
/// </summary>
public sealed record LearnedGraphOptions
{
    /// <summary>Sensors N, the window's second axis. Default 16 (the default 4 × 4 network); the detector sets it from the data.</summary>
    public int Sensors { get; init; } = 16;

    /// <summary>Steps L per window. Default 16: several times the network's largest coupling lag.</summary>
    public int WindowLength { get; init; } = 16;

    /// <summary>Size d of the sensor embeddings and of the window features. Default 16.</summary>
    public int EmbeddingSize { get; init; } = 16;

    /// <summary>
    /// k, the neighbours each sensor keeps in the learned graph (itself excluded), in [1, <see cref="Sensors"/> − 1].
    /// Default 3, the mean degree of the default grid.
    /// </summary>
    public int TopK { get; init; } = 3;

    /// <summary>Hidden size of the output layer that turns v_i ∘ z_i into a forecast. Default 32.</summary>
    public int HiddenSize { get; init; } = 32;

    /// <summary>The defaults above.</summary>
    public static LearnedGraphOptions Default { get; } = new();

    /// <summary>Throws <see cref="InvalidOptionException"/> naming the first option outside its allowed range.</summary>
    public LearnedGraphOptions Validate()
    {
        InvalidOptionException.ThrowUnless(Sensors >= 2, nameof(Sensors), Sensors, "at least 2 (a graph needs other sensors)");
        InvalidOptionException.ThrowUnless(WindowLength >= 1, nameof(WindowLength), WindowLength, "at least 1");
        InvalidOptionException.ThrowUnless(EmbeddingSize >= 1, nameof(EmbeddingSize), EmbeddingSize, "at least 1");
        InvalidOptionException.ThrowUnless(TopK >= 1 && TopK < Sensors, nameof(TopK), TopK, $"in [1, Sensors − 1] = [1, {Sensors - 1}]");
        InvalidOptionException.ThrowUnless(HiddenSize >= 1, nameof(HiddenSize), HiddenSize, "at least 1");
        return this;
    }
}
