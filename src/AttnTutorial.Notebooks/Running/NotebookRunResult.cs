using AttnTutorial.Notebooks.Execution;
using AttnTutorial.Notebooks.Ipynb;

namespace AttnTutorial.Notebooks.Running;

/// <summary>The outcome of running one notebook.</summary>
/// <param name="Executed">The executed copy: outputs and execution counts filled in; the source is never changed.</param>
/// <param name="CellsRun">How many code cells ran (including one that failed).</param>
/// <param name="CodeCells">How many code cells the notebook has.</param>
/// <param name="Errors">Every cell error, in order; with AllowErrors there can be several.</param>
/// <param name="Warnings">Notes for the user, e.g. a package version the host does not carry.</param>
public sealed record NotebookRunResult(
    string NotebookPath, Notebook Executed, bool Succeeded, int CellsRun, int CodeCells, TimeSpan Duration,
    IReadOnlyList<CellError> Errors, IReadOnlyList<string> Warnings)
{
    public string NotebookName => Path.GetFileName(NotebookPath);

    /// <summary>The first error described with notebook, cell, line and column; null when there was none.</summary>
    public string? FirstError => Errors.Count > 0 ? Errors[0].Describe(NotebookName) : null;
}
