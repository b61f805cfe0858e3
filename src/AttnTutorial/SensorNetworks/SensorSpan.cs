namespace AttnTutorial.SensorNetworks;

/// <summary>The steps [<paramref name="Start"/>, <paramref name="End"/>) of one sensor that an anomaly covers.</summary>
/// <param name="Sensor">The sensor's index (row by row on the grid).</param>
/// <param name="Start">First anomalous step.</param>
/// <param name="End">One past the last anomalous step (exclusive).</param>
public sealed record SensorSpan(int Sensor, int Start, int End)
{
    /// <summary>Number of steps covered.</summary>
    public int Length => End - Start;
}
