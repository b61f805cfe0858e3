namespace AttnTutorial.Notebooks.Execution;

public enum CellErrorKind
{
    /// <summary>A directive (<c>#r</c>, <c>#!...</c>) could not be honoured, or the cell is in another language.</summary>
    Directive,

    /// <summary>The C# did not compile.</summary>
    Compilation,

    /// <summary>The cell threw an exception.</summary>
    Exception,

    /// <summary>The cell ran longer than the session's cell timeout.</summary>
    Timeout,

    /// <summary>The caller cancelled (a Jupyter interrupt).</summary>
    Cancelled,

    /// <summary>The process running the notebook ended during the cell: Environment.Exit, a stack overflow, a crash.</summary>
    ProcessEnded,
}
