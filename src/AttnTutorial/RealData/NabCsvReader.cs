using System.Globalization;

namespace AttnTutorial.RealData;

/// <summary>
/// Reads a NAB-style CSV: a header line naming the columns, then one row per time step with a timestamp and a
/// value, e.g. <c>2014-07-01 00:00:00,10844</c>. Fields are separated by commas and not quoted.
/// </summary>
/// <remarks>
/// Rows stay in file order (not sorted by time). An empty or "NaN" value is kept as NaN so
/// <see cref="MissingValues"/> can report and fill it; a value that is not a number, a bad timestamp, a row with
/// too few fields or a header without the named columns throws <see cref="DataFormatException"/> naming the
/// file, line and column. The returned labels are all false: apply <see cref="NabLabelWindows"/> for NAB's.
/// </remarks>
public static class NabCsvReader
{
    /// <summary>Reads <paramref name="path"/> into a one-channel series with timestamps.</summary>
    /// <param name="path">The CSV file.</param>
    /// <param name="valueColumn">Header name of the value column. Default "value" (NAB's).</param>
    /// <param name="timestampColumn">Header name of the timestamp column. Default "timestamp" (NAB's).</param>
    public static TimeSeries Read(string path, string valueColumn = "value", string timestampColumn = "timestamp")
    {
        using var lines = CsvText.Lines(path).GetEnumerator();
        if (!lines.MoveNext()) throw new DataFormatException(path, 1, 0, "the file is empty; expected a header line.");
        var header = lines.Current.Text.Split(',').Select(h => h.Trim()).ToArray();
        int timeIndex = Column(header, timestampColumn, path);
        int valueIndex = Column(header, valueColumn, path);
        int needed = Math.Max(timeIndex, valueIndex) + 1;

        var timestamps = new List<DateTime>();
        var values = new List<float>();
        while (lines.MoveNext())
        {
            var (line, text) = lines.Current;
            var cells = text.Split(',');
            if (cells.Length < needed)
                throw new DataFormatException(path, line, cells.Length + 1, $"the row has {cells.Length} fields; the header has {header.Length}.");
            if (!DateTime.TryParse(cells[timeIndex].Trim(), CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
                throw new DataFormatException(path, line, timeIndex + 1, $"'{cells[timeIndex].Trim()}' is not a timestamp (expected e.g. 2014-07-01 00:00:00).");
            timestamps.Add(time);
            values.Add(CsvText.ParseCell(cells[valueIndex], path, line, valueIndex + 1));
        }
        if (values.Count == 0) throw new DataFormatException(path, 2, 0, "the file has a header but no rows.");
        return new TimeSeries([values.ToArray()], timestamps.ToArray(), new bool[values.Count], [valueColumn], path);
    }

    private static int Column(string[] header, string name, string path)
    {
        int index = Array.IndexOf(header, name);
        return index >= 0
            ? index
            : throw new DataFormatException(path, 1, 0, $"no column named '{name}'; the header has {string.Join(", ", header.Select(h => $"'{h}'"))}.");
    }
}
