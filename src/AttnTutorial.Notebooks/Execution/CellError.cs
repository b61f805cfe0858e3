using System.Text;

namespace AttnTutorial.Notebooks.Execution;

/// <summary>
/// Why a cell failed, in the shape of a Jupyter <c>error</c> output: <see cref="Name"/> is its <c>ename</c>,
/// <see cref="Message"/> its <c>evalue</c>, <see cref="Traceback"/> its <c>traceback</c>.
/// </summary>
/// <param name="Cell">The cell's name as the session was given it, e.g. "cell 4".</param>
/// <param name="Line">1-based line within the cell, when known.</param>
/// <param name="Column">1-based column within the cell, when known.</param>
public sealed record CellError(
    CellErrorKind Kind, string Cell, string Name, string Message, int? Line, int? Column, IReadOnlyList<string> Traceback)
{
    /// <summary>
    /// One paragraph for a person: where (prefix, cell, line, column), what, and the trimmed stack or other compiler errors.
    /// </summary>
    /// <param name="prefix">Usually the notebook's file name.</param>
    public string Describe(string? prefix = null)
    {
        var b = new StringBuilder();
        // "cell 7 of 05-training.ipynb ended the process: ..." names the notebook and the cell already.
        if (Kind == CellErrorKind.ProcessEnded) return string.Join('\n', Traceback.Prepend(Message).Distinct());
        if (prefix is not null) b.Append(prefix).Append(", ");
        b.Append(Cell);
        if (Line is int line) b.Append(", line ").Append(line);
        if (Column is int column) b.Append(", column ").Append(column);
        b.Append(": ");
        b.Append(Kind == CellErrorKind.Exception ? $"{Name}: {Message}" : Message);
        foreach (string extra in Traceback.Skip(1)) b.Append('\n').Append(extra);
        return b.ToString();
    }
}
