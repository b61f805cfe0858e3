namespace AttnTutorial.Notebooks.Running;

/// <summary>How <see cref="NotebookRunner"/> runs notebooks.</summary>
public sealed record RunOptions
{
    /// <summary>Values for the notebooks' parameters, by name, as given on the command line (<c>-p quick=true</c>). Default: none.</summary>
    public IReadOnlyDictionary<string, string> Parameters { get; init; } = new Dictionary<string, string>();

    /// <summary>How long one cell may run. Default: 10 minutes; must be positive.</summary>
    public TimeSpan CellTimeout { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>Run on after a cell fails, and count the notebook as succeeded. Default: false (stop at the first error). Timeouts always stop.</summary>
    public bool AllowErrors { get; init; }

    /// <exception cref="ArgumentException">An option is out of range; the message names it.</exception>
    public void Validate()
    {
        if (CellTimeout <= TimeSpan.Zero)
            throw new ArgumentException($"CellTimeout must be positive, got {CellTimeout}", nameof(CellTimeout));
    }
}
