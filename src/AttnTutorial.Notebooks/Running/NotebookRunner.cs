using System.Diagnostics;
using AttnTutorial.Notebooks.Dib;
using AttnTutorial.Notebooks.Directives;
using AttnTutorial.Notebooks.Execution;
using AttnTutorial.Notebooks.Ipynb;
using AttnTutorial.Notebooks.Worker;

namespace AttnTutorial.Notebooks.Running;

/// <summary>
/// Runs a whole notebook in a fresh <see cref="NotebookSession"/>: injects parameters, executes the code cells in order
/// (markdown and raw cells are skipped), and returns an executed copy with outputs and execution counts. With
/// <see cref="RunOptions.Worker"/> the session lives in a child process, which contains exits, crashes and timed-out cells.
/// </summary>
public sealed class NotebookRunner
{
    /// <exception cref="ArgumentException">An option is out of range.</exception>
    public NotebookRunner(RunOptions? options = null)
    {
        Options = options ?? new RunOptions();
        Options.Validate();
    }

    public RunOptions Options { get; }

    /// <summary>Reads a notebook: <c>.dib</c> as Polyglot text, anything else as <c>.ipynb</c>.</summary>
    /// <param name="warnings">Receives notes about the file, e.g. bytes that are not valid UTF-8.</param>
    /// <exception cref="NotebookFormatException">The file cannot be read as a notebook.</exception>
    public static Notebook Read(string path, ICollection<string>? warnings = null) =>
        Path.GetExtension(path).Equals(".dib", StringComparison.OrdinalIgnoreCase) ? DibReader.ReadFile(path, warnings) : IpynbReader.ReadFile(path, warnings);

    /// <summary>Injects this runner's parameters into a copy of <paramref name="notebook"/> (papermill's rules).</summary>
    /// <exception cref="NotebookParameterException">A parameter is not declared or its value does not fit.</exception>
    public Notebook Prepare(Notebook notebook, string notebookPath, ICollection<string>? warnings = null) =>
        ParameterInjector.Inject(notebook, Options.Parameters, Path.GetFileName(notebookPath), warnings);

    /// <summary>Reads, prepares and runs the notebook at <paramref name="path"/>.</summary>
    public async Task<NotebookRunResult> RunFileAsync(string path, IProgress<CellProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var warnings = new List<string>();
        var prepared = Prepare(Read(path, warnings), path, warnings);
        return await RunPreparedAsync(prepared, path, warnings, progress, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Runs a notebook that <see cref="Prepare"/> already returned; <paramref name="notebookPath"/> gives its name and folder.</summary>
    public async Task<NotebookRunResult> RunPreparedAsync(
        Notebook prepared, string notebookPath, IReadOnlyList<string>? warnings = null,
        IProgress<CellProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var notebook = prepared.Clone();
        string name = Path.GetFileName(notebookPath);
        var allWarnings = new List<string>(warnings ?? []);
        string workingDirectory = Path.GetDirectoryName(Path.GetFullPath(notebookPath)) ?? Environment.CurrentDirectory;
        using var worker = Options.Worker is null ? null : WorkerSession.Start(Options.Worker, name, workingDirectory, Options.CellTimeout);
        ICellExecutor session = worker ?? (ICellExecutor)new NotebookSession(new SessionOptions
        {
            WorkingDirectory = workingDirectory,
            CellTimeout = Options.CellTimeout,
        });
        var collector = new OutputCollector();
        var errors = new List<CellError>();
        var names = CellNames(notebook);
        var codeCells = notebook.Cells.Where(c => c.Type == CellType.Code).ToList();
        foreach (var cell in codeCells)
        {
            cell.Outputs = [];
            cell.ExecutionCount = null;
        }

        var clock = Stopwatch.StartNew();
        int run = 0;
        bool stopped = false;
        foreach (var cell in codeCells)
        {
            string cellName = names[cell];
            progress?.Report(new CellProgress(name, cellName, run + 1, codeCells.Count));
            run++;
            collector.BeginCell(cell);
            CellResult result;
            string? language = cell.Language ?? notebook.DefaultLanguage;
            if (language is not null && KernelNames.IsOtherLanguage(language))
            {
                string message = $"the cell is in {KernelNames.Describe(language)}; this engine runs only C# cells";
                var error = new CellError(CellErrorKind.Directive, cellName, "DirectiveError", message, null, null, [message]);
                collector.Error(error);
                result = new CellResult(session.ExecutionCount, CellStatus.Error, TimeSpan.Zero, error, []);
            }
            else
            {
                result = await session.ExecuteAsync(cell.Source, cellName, collector, cancellationToken).ConfigureAwait(false);
                cell.ExecutionCount = result.ExecutionCount;
                allWarnings.AddRange(result.Warnings.Select(w => $"{name}, {w}"));
            }
            if (result.Error is not null) errors.Add(result.Error);
            // After a timeout, an interrupt or the end of the process the session's state is gone: no later cell can run.
            bool sessionLost = result.Status is CellStatus.TimedOut or CellStatus.Cancelled || result.Error?.Kind == CellErrorKind.ProcessEnded;
            if (sessionLost || (!result.Succeeded && !Options.AllowErrors))
            {
                stopped = true;
                break;
            }
        }
        collector.Finish();
        bool succeeded = !stopped && (errors.Count == 0 || Options.AllowErrors);
        return new NotebookRunResult(notebookPath, notebook, succeeded, run, codeCells.Count, clock.Elapsed, errors, allWarnings);
    }

    /// <summary>"cell N" by position in the source notebook (injected cells do not count), as a reader finds it.</summary>
    private static Dictionary<NotebookCell, string> CellNames(Notebook notebook)
    {
        var names = new Dictionary<NotebookCell, string>(ReferenceEqualityComparer.Instance);
        int position = 0;
        foreach (var cell in notebook.Cells)
        {
            if (cell.HasTag(ParameterInjector.InjectedTag))
            {
                names[cell] = "injected-parameters cell";
                continue;
            }
            position++;
            names[cell] = $"cell {position}";
        }
        return names;
    }
}
