namespace AttnTutorial.Notebooks.Execution;

/// <summary>
/// Runs a notebook's cells one after another with shared state: a <see cref="NotebookSession"/> in this process, or a
/// worker process that holds one (<see cref="Worker.WorkerSession"/>).
/// </summary>
internal interface ICellExecutor
{
    /// <summary>The execution count of the latest cell.</summary>
    int ExecutionCount { get; }

    /// <summary>Runs one cell, reporting its outputs to <paramref name="sink"/>; never throws for a problem in the cell.</summary>
    Task<CellResult> ExecuteAsync(string code, string? cellName, IOutputSink sink, CancellationToken cancellationToken);
}
