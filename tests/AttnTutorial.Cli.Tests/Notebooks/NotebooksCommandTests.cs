using AttnTutorial.Cli.Notebooks;
using AttnTutorial.Notebooks.Ipynb;

namespace AttnTutorial.Cli.Tests.Notebooks;

[Collection(ConsoleSwappingTests.Name)]
public class NotebooksCommandTests
{
    internal static (int Code, string Stdout, string Stderr) Cli(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        int code = NotebooksCommand.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Theory]
    [InlineData(new[] { "run" }, "notebooks run: no notebook or folder given")]
    [InlineData(new[] { "run", "x.ipynb", "--frobnicate" }, "notebooks run: unknown option '--frobnicate'")]
    [InlineData(new[] { "run", "x.ipynb", "--timeout", "soon" }, "notebooks run: --timeout expects a positive number of seconds, got 'soon'")]
    [InlineData(new[] { "run", "x.ipynb", "--timeout", "-5" }, "notebooks run: --timeout needs a value")]
    [InlineData(new[] { "run", "x.ipynb", "-p", "quick" }, "notebooks run: -p expects name=value, got 'quick'")]
    [InlineData(new[] { "run", "x.ipynb", "-p", "2fast=true" }, "notebooks run: -p 2fast=true: '2fast' is not a valid C# variable name")]
    [InlineData(new[] { "render", "x.ipynb", "--out" }, "notebooks render: --out needs a value")]
    [InlineData(new[] { "run", "/no/such/notebook.ipynb" }, "notebooks run: no such file or folder: /no/such/notebook.ipynb")]
    [InlineData(new[] { "publish" }, "notebooks: unknown command 'publish'; use run or render")]
    public void Run_BadOptions_PrintOneLineAndExit2BeforeWork(string[] args, string message)
    {
        var (code, stdout, stderr) = Cli(args);

        Assert.Equal(2, code);
        Assert.Equal(message + Environment.NewLine, stderr);
        Assert.Empty(stdout);
    }

    [Fact]
    public void Run_OutIntoTheSourceFolder_IsRefusedBeforeWork()
    {
        using var folder = new TempFolder();
        File.Copy(Path.Combine(RepoPaths.TestNotebooks, "02-chart.ipynb"), folder.File("02-chart.ipynb"));
        string before = File.ReadAllText(folder.File("02-chart.ipynb"));

        var (code, _, stderr) = Cli("run", folder.Path, "--out", folder.Path);

        Assert.Equal(2, code);
        Assert.Equal($"notebooks run: --out {folder.Path} would overwrite the source notebook {folder.File("02-chart.ipynb")}" + Environment.NewLine, stderr);
        Assert.Equal(before, File.ReadAllText(folder.File("02-chart.ipynb")));
    }

    [Fact]
    public void Run_UndeclaredParameter_Exit2BeforeAnyNotebookRuns()
    {
        using var folder = new TempFolder();

        var (code, _, stderr) = Cli("run", RepoPaths.TestNotebooks, "-p", "quik=true", "--out", folder.Path);

        Assert.Equal(2, code);
        Assert.Equal("notebooks run: 01-tensors.ipynb: parameter 'quik' is not declared in the parameters cell (cell 2); it declares: bool quick" + Environment.NewLine, stderr);
        Assert.Empty(Directory.GetFiles(folder.Path));
    }

    [Fact]
    public void Run_MalformedNotebook_NamesItAndExits1()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("bad.ipynb"), "{\"cells\": [");

        var (code, _, stderr) = Cli("run", folder.File("bad.ipynb"), "--out", folder.File("out"));

        Assert.Equal(1, code);
        Assert.StartsWith($"notebooks run: {folder.File("bad.ipynb")}: invalid JSON at line 1", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_Folder_WritesExecutedCopiesAndASummary()
    {
        using var folder = new TempFolder();
        string sourceText = File.ReadAllText(Path.Combine(RepoPaths.TestNotebooks, "01-tensors.ipynb"));

        var (code, stdout, stderr) = Cli("run", RepoPaths.TestNotebooks, "-p", "quick=true", "--out", folder.Path, "--timeout", "300");

        Assert.True(code == 0, stderr);
        Assert.Contains("[1/2] 01-tensors.ipynb: injected-parameters cell (2/5)", stderr, StringComparison.Ordinal);
        Assert.Matches(@"01-tensors\.ipynb\s+5/5\s+\d+\.\d\s+ok", stdout);
        Assert.Matches(@"02-chart\.ipynb\s+5/5\s+\d+\.\d\s+ok", stdout);
        var executed = IpynbReader.ReadFile(Path.Combine(folder.Path, "01-tensors.ipynb"));
        Assert.True(executed.Cells.Single(c => c.HasTag("injected-parameters")).ExecutionCount is not null);
        Assert.Equal(sourceText, File.ReadAllText(Path.Combine(RepoPaths.TestNotebooks, "01-tensors.ipynb")));
    }

    [Fact]
    public void Run_NotebookWithInvalidUtf8_WarnsNamingTheFileAndRuns()
    {
        using var folder = new TempFolder();
        var notebook = new Notebook();
        notebook.Cells.Add(new NotebookCell(CellType.Code, "// caf@\nConsole.WriteLine(1 + 1);"));
        byte[] bytes = System.Text.Encoding.UTF8.GetBytes(IpynbWriter.Write(notebook));
        bytes[Array.IndexOf(bytes, (byte)'@')] = 0xE9; // "café" saved as Latin-1
        File.WriteAllBytes(folder.File("latin1.ipynb"), bytes);

        var (code, _, stderr) = Cli("run", folder.File("latin1.ipynb"), "--out", folder.File("out"));

        Assert.True(code == 0, stderr);
        Assert.Contains($"warning: {folder.File("latin1.ipynb")}: invalid UTF-8 at byte {Array.IndexOf(bytes, (byte)0xE9)} (line ", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_FailingNotebook_ExitsNonZeroAndReportsTheCell()
    {
        using var folder = new TempFolder();
        var notebook = new Notebook();
        notebook.Cells.Add(new NotebookCell(CellType.Code, "int x = 1;"));
        notebook.Cells.Add(new NotebookCell(CellType.Code, "throw new InvalidOperationException(\"bad data\");"));
        IpynbWriter.WriteFile(notebook, folder.File("fails.ipynb"));

        var (code, stdout, stderr) = Cli("run", folder.File("fails.ipynb"), "--out", folder.File("out"));

        Assert.Equal(1, code);
        Assert.Contains("error: fails.ipynb, cell 2, line 1: System.InvalidOperationException: bad data", stderr, StringComparison.Ordinal);
        Assert.Matches(@"fails\.ipynb\s+2/2\s+\d+\.\d\s+FAILED", stdout);
        Assert.True(File.Exists(folder.File("out/fails.ipynb")));
    }

    [Fact]
    public void Run_HelperLibraryByAChaptersPath_GetsTheCopyNextToTheCli()
    {
        using var folder = new TempFolder();
        var notebook = new Notebook();
        // The line every chapter starts with; no Release build exists under this temporary folder.
        notebook.Cells.Add(new NotebookCell(CellType.Code, "#r \"../src/AttnTutorial/bin/Release/net10.0/AttnTutorial.dll\"\nConsole.WriteLine(typeof(AttnTutorial.Check).Assembly.Location);"));
        IpynbWriter.WriteFile(notebook, folder.File("chapter.ipynb"));

        var (code, _, stderr) = Cli("run", folder.File("chapter.ipynb"), "--out", folder.File("out"));

        Assert.True(code == 0, stderr);
        string printed = string.Concat(IpynbReader.ReadFile(folder.File("out/chapter.ipynb")).Cells[0].Outputs.Select(o => string.Concat(o!["text"]!.AsArray().Select(l => (string?)l))));
        Assert.Equal(Path.Combine(AppContext.BaseDirectory, "AttnTutorial.dll") + "\n", printed);
    }

    [Fact]
    public void Render_ExecutedAndUnexecutedNotebooks_WritesTheBook()
    {
        using var folder = new TempFolder();
        Assert.Equal(0, Cli("run", Path.Combine(RepoPaths.TestNotebooks, "02-chart.ipynb"), "-p", "quick=true", "--out", folder.File("executed")).Code);

        var (code, stdout, stderr) = Cli("render", Path.Combine(RepoPaths.TestNotebooks, "01-tensors.ipynb"), folder.File("executed/02-chart.ipynb"),
            "-p", "quick=true", "--out", folder.File("book"));

        Assert.True(code == 0, stderr);
        Assert.Contains("02-chart.ipynb already carries outputs and is rendered as it is", stderr, StringComparison.Ordinal);
        Assert.Contains("rendered as it was", stdout, StringComparison.Ordinal);
        Assert.Equal(["01-tensors.html", "02-chart.html", "index.html"], Directory.GetFiles(folder.File("book")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Render_WithSolutions_AddsTheSolutionsFolderAsAnAppendix()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder.File("course/solutions"));
        File.Copy(Path.Combine(RepoPaths.TestNotebooks, "01-tensors.ipynb"), folder.File("course/01-tensors.ipynb"));
        File.Copy(Path.Combine(RepoPaths.TestNotebooks, "01-tensors.ipynb"), folder.File("course/solutions/01-tensors.ipynb"));

        var (learner, _, learnerErr) = Cli("render", folder.File("course"), "-p", "quick=true", "--out", folder.File("book"));
        var (instructor, _, instructorErr) = Cli("render", folder.File("course"), "-p", "quick=true", "--out", folder.File("book-instructor"), "--with-solutions");

        Assert.True(learner == 0, learnerErr);
        Assert.True(instructor == 0, instructorErr);
        // The learner's book has no solutions; the instructor's lists them after an appendix heading, on pages of their own.
        Assert.Equal(["01-tensors.html", "index.html"], Directory.GetFiles(folder.File("book")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(["01-tensors.html", "index.html", "solutions-01-tensors.html"], Directory.GetFiles(folder.File("book-instructor")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        string index = File.ReadAllText(folder.File("book-instructor/index.html"));
        Assert.True(index.IndexOf("Appendix", StringComparison.Ordinal) < index.IndexOf("solutions-01-tensors.html", StringComparison.Ordinal));
        Assert.DoesNotContain("Appendix", File.ReadAllText(folder.File("book/index.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void WithSolutions_OnRunOrWithoutASolutionsFolder_Exit2BeforeWork()
    {
        using var folder = new TempFolder();
        File.Copy(Path.Combine(RepoPaths.TestNotebooks, "01-tensors.ipynb"), folder.File("01-tensors.ipynb"));

        var run = Cli("run", folder.Path, "--with-solutions");
        var render = Cli("render", folder.Path, "--with-solutions", "--out", folder.File("book"));

        Assert.Equal((2, "notebooks run: --with-solutions applies to render only" + Environment.NewLine), (run.Code, run.Stderr));
        Assert.Equal(2, render.Code);
        Assert.StartsWith("notebooks render: --with-solutions found no worked solutions", render.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder.File("book")));
    }

    // The --pdf path through the command: the book is rendered with its print page and headless Chromium prints it beside index.html.
    [ChromiumFact]
    public void Render_Pdf_PrintsTheBookToBookPdfBesideIndexHtml()
    {
        using var folder = new TempFolder();

        var (code, stdout, stderr) = Cli("render", Path.Combine(RepoPaths.TestNotebooks, "02-chart.ipynb"), "-p", "quick=true", "--pdf", "--out", folder.File("book"));

        Assert.True(code == 0, stderr);
        Assert.Contains($"pdf: {folder.File("book/book.pdf")}", stdout, StringComparison.Ordinal);
        byte[] pdf = File.ReadAllBytes(folder.File("book/book.pdf"));
        Assert.Equal("%PDF-"u8.ToArray(), pdf[..5]);
        Assert.Contains("<a href=\"print.html\">", File.ReadAllText(folder.File("book/index.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void Pdf_OnRun_Exit2BeforeWork()
    {
        using var folder = new TempFolder();

        var (code, _, stderr) = Cli("run", RepoPaths.TestNotebooks, "--pdf", "--out", folder.Path);

        Assert.Equal((2, "notebooks run: --pdf applies to render only" + Environment.NewLine), (code, stderr));
        Assert.Empty(Directory.GetFiles(folder.Path));
    }
}
