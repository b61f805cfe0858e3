using System.Diagnostics;
using System.Text.Json.Nodes;
using AttnTutorial.Notebooks.Browser;
using AttnTutorial.Notebooks.Ipynb;
using AttnTutorial.Notebooks.Rendering;
using AttnTutorial.Notebooks.Running;
using AttnTutorial.TestSupport;

namespace AttnTutorial.Notebooks.Tests.Rendering;

/// <summary>
/// The printed handout: a small book (the engine's two test notebooks, run in quick mode, one with a Plotly chart)
/// printed by headless Chromium, its pages turned into pictures with pdftoppm and looked at pixel by pixel.
/// </summary>
public sealed class BookPdfPrinterTests
{
    private static async Task<(TempFolder Folder, BookRenderResult Book)> SmallBookAsync()
    {
        var runner = new NotebookRunner(new RunOptions { Parameters = new Dictionary<string, string> { ["quick"] = "true" } });
        var chapters = new List<BookChapter>();
        foreach (string name in new[] { "01-tensors.ipynb", "02-chart.ipynb" })
        {
            string path = Path.Combine(RepoPaths.TestNotebooks, name);
            var result = await runner.RunFileAsync(path);
            Assert.True(result.Succeeded, result.FirstError);
            chapters.Add(new BookChapter(name, result.Executed, SourcePath: path));
        }
        var folder = new TempFolder();
        return (folder, new BookRenderer(new BookOptions { Title = "Small book", PrintPage = true }).Render(chapters, folder.Path));
    }

    [ChromiumFact]
    public async Task Print_SmallBook_ChartIsDrawnInThePdfAndEachChapterStartsAPage()
    {
        var (folder, book) = await SmallBookAsync();
        using var _ = folder;
        string pdf = folder.File("book.pdf");

        int figures = await BookPdfPrinter.PrintAsync(book.PrintPage!, pdf);

        Assert.Equal(1, figures);
        Assert.StartsWith("%PDF-", File.ReadAllText(pdf)[..5], StringComparison.Ordinal);
        var pages = PageTexts(pdf);
        // A title page, then each chapter from the top of a page.
        Assert.StartsWith("Small book", pages[0], StringComparison.Ordinal);
        Assert.Single(pages, p => p.StartsWith("Tensors in a notebook", StringComparison.Ordinal));
        Assert.Single(pages, p => p.StartsWith("A Plotly chart", StringComparison.Ordinal));
        // The chart's line (Plotly's first colour, #636efa) is on a page; the title page has none of it.
        var blue = Enumerable.Range(1, pages.Count).Select(n => TraceBluePixels(pdf, n)).ToList();
        Assert.True(blue.Max() > 300, $"no page shows the chart's blue line: {string.Join(", ", blue)} pixels per page");
        Assert.Equal(0, blue[0]);
        // Math is typeset (KaTeX's fonts are embedded), not printed as TeX.
        Assert.DoesNotContain("\\frac", string.Concat(pages), StringComparison.Ordinal);
        Assert.Contains("KaTeX", Run("pdffonts", pdf), StringComparison.Ordinal);
    }

    // Chapters 06 and 14 have display formulas, and 06, 08-10, 12 and 13 metric tables, wider than the A4 column: the PDF cut
    // them at the margin (and every course chart, 1,000-1,100 px, is wider than it too) (F1's denominator, a table's last columns). pdftotext reads only what is drawn inside the page.
    [ChromiumFact]
    public async Task Print_TableAndFormulaWiderThanThePage_AreScaledToFitNotCut()
    {
        using var folder = new TempFolder();
        var notebook = new Notebook();
        notebook.Cells.Add(new NotebookCell(CellType.Markdown,
            "# Wide things\n\n$$\n" + string.Join(" + ", Enumerable.Range(1, 40).Select(i => $"x_{{{i}}}")) + " = \\mathrm{lastterm}\n$$\n"));
        var table = new NotebookCell(CellType.Code, "MetricTable.From(reports)");
        table.Outputs.Add(new JsonObject
        {
            ["output_type"] = "display_data",
            ["metadata"] = new JsonObject(),
            ["data"] = new JsonObject { ["text/html"] = "<table><tr>" + string.Concat(Enumerable.Range(1, 16).Select(i => $"<th>column{i}</th>")) + "<th>lastcolumn</th></tr></table>" },
        });
        notebook.Cells.Add(table);
        // A chart wider than the page: on a chapter page it is drawn at the column's width; the print page scales it whole.
        notebook.Cells.Add(ChartCells.Scatter(new JsonObject
        {
            ["width"] = 1400,
            ["height"] = 300,
            ["annotations"] = new JsonArray(new JsonObject { ["text"] = "chartrightedge", ["xref"] = "paper", ["yref"] = "paper", ["x"] = 1, ["y"] = 1, ["xanchor"] = "right", ["showarrow"] = false }),
        }));
        var book = new BookRenderer(new BookOptions { Title = "Wide book", PrintPage = true }).Render([new BookChapter("01-wide.ipynb", notebook)], folder.Path);

        await BookPdfPrinter.PrintAsync(book.PrintPage!, folder.File("book.pdf"));

        string text = Run("pdftotext", folder.File("book.pdf"), "-");
        Assert.Contains("column1", text, StringComparison.Ordinal);
        Assert.Contains("lastcolumn", text, StringComparison.Ordinal);
        Assert.Contains("lastterm", text, StringComparison.Ordinal);
        Assert.Contains("chartrightedge", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Print_ChromiumMissing_SaysWhereItLookedAndHowToInstall()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("print.html"), "<html></html>");

        var error = await Assert.ThrowsAsync<DevToolsException>(() => BookPdfPrinter.PrintAsync(folder.File("print.html"), folder.File("book.pdf"), chromium: "/no/such/chromium"));

        Assert.Equal($"Chromium was not found at /no/such/chromium. {ChromiumLocator.InstallHint}", error.Message);
        Assert.False(File.Exists(folder.File("book.pdf")));
    }

    [Fact]
    public async Task Print_NoPrintPage_NamesTheMissingFile()
    {
        using var folder = new TempFolder();

        var error = await Assert.ThrowsAsync<FileNotFoundException>(() => BookPdfPrinter.PrintAsync(folder.File("print.html"), folder.File("book.pdf")));

        Assert.StartsWith($"no print page at {folder.File("print.html")}", error.Message, StringComparison.Ordinal);
    }

    /// <summary>Each page's text, from pdftotext, leading blank lines removed.</summary>
    private static List<string> PageTexts(string pdf) =>
        Run("pdftotext", "-layout", pdf, "-").Split('\f').SkipLast(1).Select(p => p.TrimStart()).ToList();

    /// <summary>Pixels of page <paramref name="page"/> (rendered at 50 dpi by pdftoppm) close to Plotly's first trace colour.</summary>
    private static int TraceBluePixels(string pdf, int page)
    {
        string n = page.ToString(System.Globalization.CultureInfo.InvariantCulture);
        string prefix = Path.Combine(Path.GetDirectoryName(pdf)!, "page");
        Run("pdftoppm", "-r", "50", "-f", n, "-l", n, "-singlefile", pdf, prefix);
        byte[] ppm = File.ReadAllBytes(prefix + ".ppm");
        // Binary PPM: "P6", width, height, maxval, each followed by whitespace, then RGB bytes.
        int offset = 0;
        for (int fields = 0; fields < 4; fields++)
        {
            while (char.IsWhiteSpace((char)ppm[offset])) offset++;
            while (!char.IsWhiteSpace((char)ppm[offset])) offset++;
        }
        offset++;
        int count = 0;
        for (int i = offset; i + 2 < ppm.Length; i += 3)
        {
            if (Math.Abs(ppm[i] - 0x63) < 40 && Math.Abs(ppm[i + 1] - 0x6e) < 40 && Math.Abs(ppm[i + 2] - 0xfa) < 40) count++;
        }
        return count;
    }

    private static string Run(string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start");
        string output = process.StandardOutput.ReadToEnd();
        string errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{tool} {string.Join(' ', arguments)} failed: {errors}");
        return output;
    }
}
