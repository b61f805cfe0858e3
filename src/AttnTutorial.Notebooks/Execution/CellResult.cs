namespace AttnTutorial.Notebooks.Execution;

/// <summary>How one execution ended. Outputs went to the sink as they happened; this is the summary.</summary>
/// <param name="Error">Null when <see cref="Status"/> is <see cref="CellStatus.Ok"/>.</param>
public sealed record CellResult(int ExecutionCount, CellStatus Status, TimeSpan Duration, CellError? Error)
{
    public bool Succeeded => Status == CellStatus.Ok;
}
