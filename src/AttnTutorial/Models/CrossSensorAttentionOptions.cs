namespace AttnTutorial.Models;

/// <summary>
/// Shape of <see cref="CrossSensorAttentionForecaster"/>. The defaults suit chapter 14's default sensor network
/// (16 sensors, couplings lagged by at most 3 steps) and train in seconds on a CPU.
/// </summary>
public sealed record CrossSensorAttentionOptions
{
    /// <summary>Sensors N, the window's second axis. Default 16 (the default 4 × 4 network); the detector sets it from the data.</summary>
    public int Sensors { get; init; } = 16;

    /// <summary>Steps L per window. Default 16: several times the network's largest coupling lag.</summary>
    public int WindowLength { get; init; } = 16;

    /// <summary>Size d of the sensor tokens, the time tokens and both attentions. Default 16.</summary>
    public int ModelSize { get; init; } = 16;

    /// <summary>Heads H of each attention; must divide <see cref="ModelSize"/>. Returned maps are averaged over heads. Default 1.</summary>
    public int Heads { get; init; } = 1;

    /// <summary>Hidden size of the GRU that reads each sensor's combined sequence. Default 32.</summary>
    public int HiddenSize { get; init; } = 32;

    /// <summary>The defaults above.</summary>
    public static CrossSensorAttentionOptions Default { get; } = new();

    /// <summary>Throws <see cref="InvalidOptionException"/> naming the first option outside its allowed range.</summary>
    public CrossSensorAttentionOptions Validate()
    {
        InvalidOptionException.ThrowUnless(Sensors >= 2, nameof(Sensors), Sensors, "at least 2 (attention across sensors needs others to attend to)");
        InvalidOptionException.ThrowUnless(WindowLength >= 2, nameof(WindowLength), WindowLength, "at least 2");
        InvalidOptionException.ThrowUnless(ModelSize >= 1, nameof(ModelSize), ModelSize, "at least 1");
        InvalidOptionException.ThrowUnless(Heads >= 1 && ModelSize % Heads == 0, nameof(Heads), Heads, $"at least 1 and a divisor of ModelSize {ModelSize}");
        InvalidOptionException.ThrowUnless(HiddenSize >= 1, nameof(HiddenSize), HiddenSize, "at least 1");
        return this;
    }
}
