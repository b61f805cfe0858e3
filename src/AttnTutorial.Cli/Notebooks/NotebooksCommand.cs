using System.Globalization;
using System.Text;
using AttnTutorial.Notebooks.Browser;
using AttnTutorial.Notebooks.Ipynb;
using AttnTutorial.Notebooks.Rendering;
using AttnTutorial.Notebooks.Running;
using AttnTutorial.Notebooks.Worker;

namespace AttnTutorial.Cli.Notebooks;

/// <summary><c>notebooks run</c> and <c>notebooks render</c>: the course's notebooks, headless.</summary>
internal static class NotebooksCommand
{
    private const string Usage = """
        usage: attntutorial notebooks run PATH... [-p name=value]... [--out DIR] [--timeout SECONDS] [--allow-errors] [--in-process]
               attntutorial notebooks render PATH... [-p name=value]... [--out DIR] [--timeout SECONDS] [--allow-errors] [--in-process] [--with-solutions] [--pdf]

          run     runs each notebook (a folder means all *.ipynb in it, in name order) in a fresh C# session in a
                  process of its own and writes the executed copy to DIR (default artifacts/executed); a cell that
                  ends its process is reported and the next notebook runs; the source is never modified
          render  writes an offline HTML book to DIR (default artifacts/book): index.html, one page per notebook
                  (math typeset, a sidebar with every chapter, search), the notebooks for download and assets/;
                  notebooks that carry outputs are rendered as they are, the others are run first

          -p name=value     set a parameter declared in the notebook's cell tagged "parameters" (repeatable)
          --out DIR         where to write
          --timeout SECONDS the longest one cell may run (default 3600)
          --allow-errors    run on after a failing cell; the notebook does not count as failed
          --in-process      run the notebooks inside this process instead of one child process each: starts faster,
                            but a cell that calls Environment.Exit or overflows its stack ends the whole command, and a
                            timed-out cell runs on in the background
          --with-solutions  render only: add FOLDER/solutions/*.ipynb as an appendix (the instructors' book)
          --pdf             render only: also print the book to DIR/book.pdf (A4, charts and math drawn) with headless
                            Chromium (CHROMIUM_PATH, else /usr/bin/chromium)
        """;

    public static int Run(string[] args) => Run(args, Console.Out, Console.Error);

    internal static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help")
        {
            (args.Length == 0 ? stderr : stdout).WriteLine(Usage);
            return args.Length == 0 ? 2 : 0;
        }
        string verb = args[0];
        if (verb == WorkerVerb) return RunWorker(args[1..], stderr);
        if (verb is not ("run" or "render"))
        {
            stderr.WriteLine($"notebooks: unknown command '{verb}'; use run or render");
            return 2;
        }
        NotebooksOptions options;
        IReadOnlyList<string> files;
        IReadOnlyList<string> solutions = [];
        try
        {
            options = NotebooksOptions.Parse(args[1..], verb == "run" ? Path.Combine("artifacts", "executed") : Path.Combine("artifacts", "book"));
            if (options.Help)
            {
                stdout.WriteLine(Usage);
                return 0;
            }
            files = options.ExpandNotebooks();
            if (options.WithSolutions)
            {
                if (verb != "render") throw new UsageException("--with-solutions applies to render only");
                solutions = options.ExpandSolutions();
            }
            if (options.Pdf)
            {
                if (verb != "render") throw new UsageException("--pdf applies to render only");
                // Before any notebook runs: a missing browser should not cost a ten-minute render.
                if (ChromiumLocator.Find() is null) throw new UsageException($"--pdf needs Chromium: {ChromiumLocator.NotFoundMessage()}");
            }
            if (verb == "run")
            {
                var overwritten = files.FirstOrDefault(f => string.Equals(
                    Path.GetFullPath(ExecutedPath(options, f)), Path.GetFullPath(f), StringComparison.Ordinal));
                if (overwritten is not null) throw new UsageException($"--out {options.OutputDirectory} would overwrite the source notebook {overwritten}");
            }
        }
        catch (UsageException e)
        {
            stderr.WriteLine($"notebooks {verb}: {e.Message}");
            return 2;
        }

        using var cancel = new CancellationTokenSource();
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            e.Cancel = true;
            cancel.Cancel();
        };
        Console.CancelKeyPress += onCancel;
        try
        {
            return RunAsync(verb, options, [.. files.Select(f => (f, false)), .. solutions.Select(f => (f, true))], stdout, stderr, cancel.Token).GetAwaiter().GetResult();
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }
    }

    /// <summary>The hidden verb a notebook's child process runs: <c>notebooks worker --pipe NAME</c>.</summary>
    internal const string WorkerVerb = "worker";

    private static int RunWorker(string[] args, TextWriter stderr)
    {
        if (args is not ["--pipe", { Length: > 0 } pipe])
        {
            stderr.WriteLine("notebooks worker: expects --pipe NAME (it is started by notebooks run and render)");
            return 2;
        }
        int code = NotebookWorker.RunAsync(pipe).GetAwaiter().GetResult();
        // A cell may have started foreground threads that would keep the process alive after the parent is done with it.
        Environment.Exit(code);
        return code;
    }

    /// <summary>This CLI, started again as a notebook worker: its app host when there is one, else its dll under dotnet.</summary>
    internal static NotebookWorkerCommand SelfAsWorker()
    {
        string dll = typeof(NotebooksCommand).Assembly.Location;
        string appHost = Path.ChangeExtension(dll, OperatingSystem.IsWindows() ? ".exe" : null);
        if (File.Exists(appHost)) return new NotebookWorkerCommand(appHost, ["notebooks", WorkerVerb]);
        // DOTNET_HOST_PATH is set by the dotnet driver (dotnet run, dotnet test) for exactly this: starting another app.
        string dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
        return new NotebookWorkerCommand(dotnet, ["exec", dll, "notebooks", WorkerVerb]);
    }

    private sealed record Job(string Path, Notebook Notebook, bool AlreadyExecuted, bool Solution);

    private static async Task<int> RunAsync(string verb, NotebooksOptions options, IReadOnlyList<(string Path, bool Solution)> files, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        var runner = new NotebookRunner(new RunOptions
        {
            Parameters = options.Parameters,
            CellTimeout = options.CellTimeout,
            AllowErrors = options.AllowErrors,
            Worker = options.InProcess ? null : SelfAsWorker(),
        });

        // Read and prepare everything first, so that a bad notebook or parameter stops the command before any work.
        var jobs = new List<Job>();
        var warnings = new List<string>();
        foreach (var (file, solution) in files)
        {
            try
            {
                var notebook = NotebookRunner.Read(file, warnings);
                bool executed = verb == "render" && notebook.IsExecuted;
                if (executed && options.Parameters.Count > 0)
                    warnings.Add($"{Path.GetFileName(file)} already carries outputs and is rendered as it is; -p does not apply to it");
                jobs.Add(new Job(file, executed ? notebook : runner.Prepare(notebook, file, warnings), executed, solution));
            }
            catch (NotebookFormatException e)
            {
                stderr.WriteLine($"notebooks {verb}: {e.Message}");
                return 1;
            }
            catch (NotebookParameterException e)
            {
                stderr.WriteLine($"notebooks {verb}: {e.Message}");
                return 2;
            }
        }
        foreach (string warning in warnings) stderr.WriteLine($"warning: {warning}");

        bool interactive = !Console.IsErrorRedirected && ReferenceEquals(stderr, Console.Error);
        var results = new List<(Job Job, NotebookRunResult? Result)>();
        for (int i = 0; i < jobs.Count; i++)
        {
            var job = jobs[i];
            if (job.AlreadyExecuted)
            {
                results.Add((job, null));
                continue;
            }
            var progress = new ProgressLine(stderr, interactive, i + 1, jobs.Count);
            var result = await runner.RunPreparedAsync(job.Notebook, job.Path, [], progress, cancellationToken).ConfigureAwait(false);
            progress.Done();
            foreach (string warning in result.Warnings) stderr.WriteLine($"warning: {warning}");
            if (!result.Succeeded) stderr.WriteLine($"error: {result.FirstError ?? $"{result.NotebookName}: the run was stopped"}");
            results.Add((job, result));
            if (verb == "run")
            {
                IpynbWriter.WriteFile(result.Executed, ExecutedPath(options, job.Path));
            }
            if (cancellationToken.IsCancellationRequested) break;
        }

        string? printPage = null;
        if (verb == "render")
        {
            // Solutions share their chapter's file name, so their pages get a prefix.
            var chapters = results.Select(r => new BookChapter(
                (r.Job.Solution ? "solutions-" : "") + Path.GetFileNameWithoutExtension(r.Job.Path) + ".ipynb",
                r.Result?.Executed ?? r.Job.Notebook,
                r.Result is { Succeeded: false } failed ? failed.FirstError ?? "the run was stopped" : null,
                Appendix: r.Job.Solution,
                SourcePath: r.Job.Path)).ToList();
            var book = new BookRenderer(new BookOptions { PrintPage = options.Pdf }).Render(chapters, options.OutputDirectory);
            foreach (string warning in book.Warnings) stderr.WriteLine($"warning: {warning}");
            printPage = book.PrintPage;
        }

        stdout.Write(Summary(results));
        stdout.WriteLine(verb == "run"
            ? $"executed notebooks: {Path.GetFullPath(options.OutputDirectory)}"
            : $"book: {Path.GetFullPath(Path.Combine(options.OutputDirectory, "index.html"))}");
        if (printPage is not null)
        {
            string pdf = Path.Combine(options.OutputDirectory, "book.pdf");
            try
            {
                await BookPdfPrinter.PrintAsync(printPage, pdf, cancellationToken: cancellationToken).ConfigureAwait(false);
                stdout.WriteLine($"pdf: {Path.GetFullPath(pdf)}");
            }
            catch (DevToolsException e)
            {
                stderr.WriteLine($"notebooks render: the book was written but not printed to {pdf}: {e.Message}");
                return 1;
            }
        }
        bool allRan = results.Count == jobs.Count;
        return allRan && results.All(r => r.Result is null || r.Result.Succeeded) ? 0 : 1;
    }

    private static string ExecutedPath(NotebooksOptions options, string notebook) =>
        Path.Combine(options.OutputDirectory, Path.GetFileNameWithoutExtension(notebook) + ".ipynb");

    private static string Summary(List<(Job Job, NotebookRunResult? Result)> results)
    {
        var rows = results.Select(r => r.Result is null
            ? (Name: Path.GetFileName(r.Job.Path), Cells: "-", Seconds: "-", Status: "rendered as it was")
            : (Name: r.Result.NotebookName,
               Cells: $"{r.Result.CellsRun}/{r.Result.CodeCells}",
               Seconds: r.Result.Duration.TotalSeconds.ToString("F1", CultureInfo.InvariantCulture),
               Status: r.Result.Succeeded ? (r.Result.Errors.Count > 0 ? $"ok ({r.Result.Errors.Count} cell errors allowed)" : "ok") : "FAILED")).ToList();
        int nameWidth = Math.Max("notebook".Length, rows.Count == 0 ? 0 : rows.Max(r => r.Name.Length));
        var b = new StringBuilder();
        b.AppendLine($"{"notebook".PadRight(nameWidth)}  {"cells",7}  {"seconds",8}  status");
        foreach (var row in rows) b.AppendLine($"{row.Name.PadRight(nameWidth)}  {row.Cells,7}  {row.Seconds,8}  {row.Status}");
        return b.ToString();
    }
}
