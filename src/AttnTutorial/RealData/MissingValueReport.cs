using System.Globalization;

namespace AttnTutorial.RealData;

/// <summary>Where a series has missing (NaN) values, per channel.</summary>
/// <param name="ChannelNames">The series' channel names.</param>
/// <param name="Steps">Per channel, the missing steps in order (empty when none).</param>
public sealed record MissingValueReport(string[] ChannelNames, int[][] Steps)
{
    /// <summary>Missing values over all channels.</summary>
    public int Total => Steps.Sum(s => s.Length);

    /// <summary>Missing values per channel.</summary>
    public int[] CountPerChannel => Steps.Select(s => s.Length).ToArray();

    /// <summary>True when anything is missing.</summary>
    public bool Any => Total > 0;

    /// <summary>One line per channel with gaps, e.g. "value: 3 missing at steps 10-11, 57"; "no missing values" otherwise.</summary>
    public override string ToString()
    {
        if (!Any) return "no missing values";
        var lines = new List<string>();
        for (int c = 0; c < Steps.Length; c++)
        {
            if (Steps[c].Length == 0) continue;
            var flags = new bool[Steps[c][^1] + 1];
            foreach (int t in Steps[c]) flags[t] = true;
            var runs = StepRange.Runs(flags).Select(r => r.Length == 1
                ? r.Start.ToString(CultureInfo.InvariantCulture)
                : string.Create(CultureInfo.InvariantCulture, $"{r.Start}-{r.End - 1}"));
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"{ChannelNames[c]}: {Steps[c].Length} missing at steps {string.Join(", ", runs)}"));
        }
        return string.Join(Environment.NewLine, lines);
    }
}
