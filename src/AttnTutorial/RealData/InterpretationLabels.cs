using System.Globalization;

namespace AttnTutorial.RealData;

/// <summary>
/// Which channels caused each anomaly, in SMD's <c>interpretation_label.txt</c> format: one line per anomaly,
/// <c>start-end:c1,c2,...</c>, e.g. <c>15849-16368:1,9,10</c>, with channels counted from 1.
/// </summary>
/// <remarks>
/// SMD's ranges are 0-based with an exclusive end (they equal the runs of 1s in <c>test_label.txt</c>); ASD's
/// use an inclusive end, so pass <c>endInclusive: true</c> there. Lines are returned sorted by start.
/// </remarks>
public static class InterpretationLabels
{
    /// <summary>Reads the file.</summary>
    /// <param name="path">The interpretation label file.</param>
    /// <param name="channelCount">The series' channel count C; a channel outside 1..C throws. Null skips the check.</param>
    /// <param name="endInclusive">True when the end step is part of the anomaly (ASD); false for SMD. Default false.</param>
    /// <exception cref="DataFormatException">A line not of the form start-end:channels, naming the line and column.</exception>
    public static IReadOnlyList<AnomalyInterpretation> Read(string path, int? channelCount = null, bool endInclusive = false)
    {
        var result = new List<AnomalyInterpretation>();
        foreach (var (line, text) in CsvText.Lines(path))
        {
            int colon = text.IndexOf(':', StringComparison.Ordinal);
            int dash = text.IndexOf('-', StringComparison.Ordinal);
            if (colon < 0 || dash < 0 || dash > colon)
                throw new DataFormatException(path, line, 1, $"'{text.Trim()}' is not of the form start-end:channel,channel,...");
            int start = Integer(text[..dash], path, line, 1);
            int end = Integer(text[(dash + 1)..colon], path, line, dash + 2) + (endInclusive ? 1 : 0);
            if (end <= start) throw new DataFormatException(path, line, dash + 2, $"the range {text[..colon]} is empty.");
            var channels = new List<int>();
            int column = colon + 2;
            foreach (var cell in text[(colon + 1)..].Split(','))
            {
                int channel = Integer(cell, path, line, column);
                if (channel < 1 || (channelCount is int c && channel > c))
                    throw new DataFormatException(path, line, column, $"channel {channel} is outside 1..{(channelCount?.ToString(CultureInfo.InvariantCulture) ?? "C")} (channels are counted from 1).");
                channels.Add(channel - 1);
                column += cell.Length + 1;
            }
            channels.Sort();
            result.Add(new AnomalyInterpretation(new StepRange(start, end), channels.ToArray()));
        }
        return result.OrderBy(a => a.Steps.Start).ToArray();
    }

    private static int Integer(string text, string path, int line, int column) =>
        int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out int value)
            ? value
            : throw new DataFormatException(path, line, column, $"'{text.Trim()}' is not a non-negative integer.");
}
