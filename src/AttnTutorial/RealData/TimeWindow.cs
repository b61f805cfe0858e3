namespace AttnTutorial.RealData;

/// <summary>A labelled anomaly window in time, both ends inclusive (NAB's convention).</summary>
/// <param name="Start">First timestamp inside the window.</param>
/// <param name="End">Last timestamp inside the window.</param>
public sealed record TimeWindow(DateTime Start, DateTime End)
{
    /// <summary>True when <paramref name="time"/> lies inside the window (ends included).</summary>
    public bool Contains(DateTime time) => time >= Start && time <= End;
}
