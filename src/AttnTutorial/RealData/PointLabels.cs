namespace AttnTutorial.RealData;

/// <summary>Point labels as SMD and ASD ship them: one <c>0</c> or <c>1</c> per line, one line per time step.</summary>
public static class PointLabels
{
    /// <summary>Reads the labels; true = anomalous.</summary>
    /// <param name="path">The label file (gzipped or not).</param>
    /// <param name="expectedLength">The series' length T; the file must hold exactly T labels. Null skips the check.</param>
    /// <exception cref="DataFormatException">A line other than 0 or 1, or a count other than <paramref name="expectedLength"/> (the message says which line is missing or extra).</exception>
    public static bool[] Read(string path, int? expectedLength = null)
    {
        var labels = new List<bool>();
        int lastLine = 0;
        foreach (var (line, text) in CsvText.Lines(path))
        {
            var cell = text.Trim();
            labels.Add(cell switch
            {
                "0" => false,
                "1" => true,
                _ => throw new DataFormatException(path, line, 1, $"'{cell}' is not a label; expected 0 or 1."),
            });
            lastLine = line;
            if (expectedLength is int max && labels.Count > max)
                throw new DataFormatException(path, line, 1, $"label {labels.Count} is one too many: the series has {max} time steps.");
        }
        if (expectedLength is int length && labels.Count != length)
            throw new DataFormatException(path, lastLine + 1, 1, $"the file holds {labels.Count} labels but the series has {length} time steps.");
        return labels.ToArray();
    }

    /// <summary>The series with the labels from <paramref name="path"/> (checked to be as long as the series).</summary>
    public static TimeSeries Apply(TimeSeries series, string path) => series.WithLabels(Read(path, series.Length));
}
