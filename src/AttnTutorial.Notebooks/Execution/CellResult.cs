namespace AttnTutorial.Notebooks.Execution;

/// <summary>How one execution ended. Outputs went to the sink as they happened; this is the summary.</summary>
/// <param name="Error">Null when <see cref="Status"/> is <see cref="CellStatus.Ok"/>.</param>
/// <param name="Warnings">Engine warnings the cell caused (also written to its stderr), e.g. a package version the host does not carry.</param>
public sealed record CellResult(int ExecutionCount, CellStatus Status, TimeSpan Duration, CellError? Error, IReadOnlyList<string> Warnings)
{
    public bool Succeeded => Status == CellStatus.Ok;
}
