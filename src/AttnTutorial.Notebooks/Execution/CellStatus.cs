namespace AttnTutorial.Notebooks.Execution;

public enum CellStatus
{
    Ok,
    Error,
    TimedOut,
    Cancelled,
}
