using System.Diagnostics;
using System.Globalization;
using AttnTutorial.Notebooks.Ipynb;
using AttnTutorial.Notebooks.Running;
using AttnTutorial.Notebooks.Worker;

/// <summary>
/// Lines per second a cell can print into its executed notebook (Console.WriteLine in a loop), for 10k and 100k lines.
/// Output was quadratic before (10k lines 6 s, 20k 41 s); linear output keeps lines/s about the same at both sizes.
/// </summary>
internal static class PrintingBenchmark
{
    private static readonly int[] LineCounts = [10_000, 100_000];

    /// <param name="worker">Runs each notebook in a worker process started so (as <c>notebooks run</c> does); null: in this process.</param>
    public static async Task RunAsync(TextWriter report, NotebookWorkerCommand? worker)
    {
        string folder = Path.Combine(Path.GetTempPath(), "attntutorial-printing-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        try
        {
            var runner = new NotebookRunner(new RunOptions { Worker = worker });
            string where = worker is null ? "in process" : "in a worker";
            foreach (int lines in LineCounts)
            {
                string path = Path.Combine(folder, $"print-{lines}.ipynb");
                var notebook = new Notebook();
                notebook.Cells.Add(new NotebookCell(CellType.Code, "1 + 1")); // compiles the session's first cell outside the timing
                notebook.Cells.Add(new NotebookCell(CellType.Code, $"for (int i = 0; i < {lines}; i++) Console.WriteLine($\"line {{i}}\");"));
                IpynbWriter.WriteFile(notebook, path);

                var seconds = new List<double>();
                for (int repeat = 0; repeat < 3; repeat++)
                {
                    var printingCellStarts = new StartOfCell(2);
                    var result = await runner.RunFileAsync(path, printingCellStarts).ConfigureAwait(false);
                    seconds.Add(printingCellStarts.Clock.Elapsed.TotalSeconds);
                    int printed = result.Executed.Cells[1].Outputs.Single()!["text"]!.AsArray().Count;
                    if (!result.Succeeded || printed != lines)
                        throw new InvalidOperationException($"{lines} lines: {result.FirstError ?? $"{printed} lines in the executed notebook"}");
                }
                seconds.Sort();
                double median = seconds[1];
                report.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"printing {lines,7:N0} lines {where,-10} (the printing cell, median of 3): {median,6:F2} s   {lines / median,10:N0} lines/s"));
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Starts <see cref="Clock"/> when the runner reports that the code cell at <paramref name="index"/> begins.</summary>
    private sealed class StartOfCell(int index) : IProgress<CellProgress>
    {
        public Stopwatch Clock { get; } = new();

        public void Report(CellProgress value)
        {
            if (value.Index == index) Clock.Start();
        }
    }
}
