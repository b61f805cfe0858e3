namespace AttnTutorial.RealData;

/// <summary>
/// Reads a headerless numeric CSV, one row per time step and one column per channel, as SMD and ASD ship them.
/// Gzipped files are recognised by their first two bytes, whatever their name.
/// </summary>
/// <remarks>
/// Every row must have as many fields as the first. An empty or "NaN" cell is kept as NaN (a missing value, see
/// <see cref="MissingValues"/>); any other non-number throws <see cref="DataFormatException"/> naming the file,
/// line and column. The returned labels are all false: apply <see cref="PointLabels"/> for a label file.
/// </remarks>
public static class NumericCsvReader
{
    /// <summary>Reads <paramref name="path"/> into a series of shape (T rows, C columns), without timestamps.</summary>
    /// <param name="path">The CSV file, plain or gzipped.</param>
    /// <param name="channelNames">One name per column; null names them "metric 1", "metric 2", … (1-based, as SMD's interpretation labels count them).</param>
    public static TimeSeries Read(string path, IReadOnlyList<string>? channelNames = null)
    {
        var rows = new List<float[]>();
        int columns = 0;
        foreach (var (line, text) in CsvText.Lines(path))
        {
            var cells = text.Split(',');
            if (rows.Count == 0) columns = cells.Length;
            else if (cells.Length != columns)
                throw new DataFormatException(path, line, Math.Min(cells.Length, columns) + 1, $"the row has {cells.Length} fields; the first row has {columns}.");
            var row = new float[columns];
            for (int c = 0; c < columns; c++) row[c] = CsvText.ParseCell(cells[c], path, line, c + 1);
            rows.Add(row);
        }
        if (rows.Count == 0) throw new DataFormatException(path, 1, 0, "the file has no rows.");
        if (channelNames is not null && channelNames.Count != columns)
            throw new ArgumentException($"channelNames has {channelNames.Count} names but {path} has {columns} columns.", nameof(channelNames));

        // Rows arrive one time step at a time; the series stores one array per channel.
        var channels = new float[columns][];
        for (int c = 0; c < columns; c++)
        {
            channels[c] = new float[rows.Count];
            for (int t = 0; t < rows.Count; t++) channels[c][t] = rows[t][c];
        }
        var names = channelNames?.ToArray() ?? Enumerable.Range(1, columns).Select(c => $"metric {c}").ToArray();
        return new TimeSeries(channels, null, new bool[rows.Count], names, path);
    }
}
