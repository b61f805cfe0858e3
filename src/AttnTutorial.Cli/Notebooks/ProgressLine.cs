using AttnTutorial.Notebooks.Running;

namespace AttnTutorial.Cli.Notebooks;

/// <summary>
/// Shows which notebook and cell is running on the real standard error (cells capture Console.Error, so the writer
/// is taken before any cell runs). On a terminal it rewrites one line; otherwise it prints one line per cell.
/// </summary>
internal sealed class ProgressLine(TextWriter stderr, bool interactive, int notebookIndex, int notebookCount) : IProgress<CellProgress>
{
    public void Report(CellProgress value)
    {
        string line = $"[{notebookIndex}/{notebookCount}] {value.Notebook}: {value.Cell} ({value.Index}/{value.Count})";
        if (interactive) stderr.Write("\r\u001b[K" + line);
        else stderr.WriteLine(line);
        stderr.Flush();
    }

    public void Done()
    {
        if (interactive) stderr.Write("\r\u001b[K");
    }
}
