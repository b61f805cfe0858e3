namespace AttnTutorial.RealData;

/// <summary>
/// A data file that cannot be read as promised. The message starts with the file, the 1-based line and, when
/// one cell is to blame, the 1-based column, so the user can open the file at the right place.
/// </summary>
public sealed class DataFormatException : Exception
{
    /// <summary>
    /// Creates the exception; pass <paramref name="column"/> 0 when no single column is to blame, and
    /// <paramref name="line"/> 0 when the problem has no line (e.g. inside a JSON value).
    /// </summary>
    public DataFormatException(string file, int line, int column, string problem)
        : base(Where(file, line, column) + ": " + problem)
    {
        File = file;
        Line = line;
        Column = column;
    }

    private static string Where(string file, int line, int column) =>
        line <= 0 ? file : column > 0 ? $"{file}, line {line}, column {column}" : $"{file}, line {line}";

    /// <summary>The file as the caller named it.</summary>
    public string File { get; }

    /// <summary>1-based line number, or 0 when no line is to blame.</summary>
    public int Line { get; }

    /// <summary>1-based column number, or 0 when the whole line (or file) is to blame.</summary>
    public int Column { get; }
}
