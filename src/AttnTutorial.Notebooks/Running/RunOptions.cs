using AttnTutorial.Notebooks.Execution;
using AttnTutorial.Notebooks.Worker;

namespace AttnTutorial.Notebooks.Running;

/// <summary>How <see cref="NotebookRunner"/> runs notebooks.</summary>
public sealed record RunOptions
{
    /// <summary>Values for the notebooks' parameters, by name, as given on the command line (<c>-p quick=true</c>). Default: none.</summary>
    public IReadOnlyDictionary<string, string> Parameters { get; init; } = new Dictionary<string, string>();

    /// <summary>How long one cell may run. Default: <see cref="SessionOptions.DefaultCellTimeout"/> (one hour); must be positive.</summary>
    public TimeSpan CellTimeout { get; init; } = SessionOptions.DefaultCellTimeout;

    /// <summary>Run on after a cell fails, and count the notebook as succeeded. Default: false (stop at the first error). Timeouts always stop.</summary>
    public bool AllowErrors { get; init; }

    /// <summary>
    /// Run each notebook in a child process started this way (the CLI's default), so that <c>Environment.Exit</c>, a stack
    /// overflow or a crash in a cell ends only that notebook, and a timed-out cell is really stopped. Default: null, in
    /// this process (faster to start; a timed-out cell runs on in the background).
    /// </summary>
    public NotebookWorkerCommand? Worker { get; init; }

    /// <exception cref="ArgumentException">An option is out of range; the message names it.</exception>
    public void Validate()
    {
        if (CellTimeout <= TimeSpan.Zero)
            throw new ArgumentException($"CellTimeout must be positive, got {CellTimeout}", nameof(CellTimeout));
        if (Worker is not null && string.IsNullOrWhiteSpace(Worker.FileName))
            throw new ArgumentException("Worker.FileName must name an executable", nameof(Worker));
    }
}
