namespace AttnTutorial.RealData;

/// <summary>A half-open range of time steps [Start, End) on a series' time axis.</summary>
/// <param name="Start">First step inside the range (0-based).</param>
/// <param name="End">One past the last step inside the range.</param>
public readonly record struct StepRange(int Start, int End)
{
    /// <summary>Number of steps in the range.</summary>
    public int Length => End - Start;

    /// <summary>True when step <paramref name="t"/> lies inside the range.</summary>
    public bool Contains(int t) => t >= Start && t < End;

    /// <summary>The maximal runs of true values in <paramref name="flags"/>, in order: [1,1,0,1] gives [0,2) and [3,4).</summary>
    public static IReadOnlyList<StepRange> Runs(IReadOnlyList<bool> flags)
    {
        ArgumentNullException.ThrowIfNull(flags);
        var runs = new List<StepRange>();
        for (int t = 0; t < flags.Count;)
        {
            if (!flags[t]) { t++; continue; }
            int start = t;
            while (t < flags.Count && flags[t]) t++;
            runs.Add(new StepRange(start, t));
        }
        return runs;
    }

    /// <inheritdoc/>
    public override string ToString() => $"[{Start}, {End})";
}
