using System.Globalization;
using System.IO.Compression;

namespace AttnTutorial.RealData;

/// <summary>What the CSV readers share: opening (gzip or not), numbered lines, and parsing one numeric cell.</summary>
internal static class CsvText
{
    /// <summary>
    /// The file's lines with 1-based numbers. Gzip is recognised by its magic bytes (1f 8b), not the name, so a
    /// renamed file still reads. Blank lines at the end are dropped (a trailing newline is not a row); a blank line
    /// before more data is passed on, so the reader reports it (or, in a one-column file, reads it as a missing value)
    /// instead of silently shifting every later row by one.
    /// </summary>
    public static IEnumerable<(int Number, string Text)> Lines(string path)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"{path}: no such file.", path);
        using var file = File.OpenRead(path);
        Span<byte> magic = stackalloc byte[2];
        bool gzip = file.Read(magic) == 2 && magic[0] == 0x1f && magic[1] == 0x8b;
        file.Position = 0;
        using Stream stream = gzip ? new GZipStream(file, CompressionMode.Decompress) : file;
        using var reader = new StreamReader(stream);
        int number = 0, blanks = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.Trim().Length == 0)
            {
                blanks++;
                continue;
            }
            for (int b = blanks; b > 0; b--) yield return (number - b, "");
            blanks = 0;
            yield return (number, line);
        }
    }

    /// <summary>
    /// Parses a numeric cell. An empty cell, "NaN", "NA" or "null" is a missing value and becomes NaN (reported
    /// later by <see cref="MissingValues.Detect"/>); anything else that is not a number throws naming the cell.
    /// </summary>
    public static float ParseCell(string cell, string path, int line, int column)
    {
        var text = cell.Trim();
        if (text.Length == 0 || text.Equals("nan", StringComparison.OrdinalIgnoreCase) || text.Equals("na", StringComparison.OrdinalIgnoreCase)
            || text.Equals("null", StringComparison.OrdinalIgnoreCase))
        {
            return float.NaN;
        }
        if (!float.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out float value))
            throw new DataFormatException(path, line, column, $"'{Shorten(text)}' is not a number.");
        if (float.IsInfinity(value))
            throw new DataFormatException(path, line, column, $"'{Shorten(text)}' is infinite (or too large for float32).");
        return value;
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
