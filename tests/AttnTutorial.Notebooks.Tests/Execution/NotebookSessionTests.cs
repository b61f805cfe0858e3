using AttnTutorial.Notebooks.Execution;
using AttnTutorial.Notebooks.Formatting;

namespace AttnTutorial.Notebooks.Tests.Execution;

public class NotebookSessionTests
{
    public static readonly ManualResetEventSlim AbandonedCellEnded = new();

    private static async Task<(CellResult Result, RecordingSink Sink)> Run(NotebookSession session, string code, string? name = null)
    {
        var sink = new RecordingSink();
        var result = await session.ExecuteAsync(code, name, sink, CancellationToken.None);
        return (result, sink);
    }

    [Fact]
    public async Task ExecuteAsync_VariablesTypesAndUsings_CarryToLaterCells()
    {
        var session = new NotebookSession();
        Assert.True((await Run(session, "using System.Text.Json;\nrecord Point(int X, int Y);\nvar p = new Point(1, 2);")).Result.Succeeded);

        var (result, sink) = await Run(session, "JsonSerializer.Serialize(p with { Y = 5 })");

        Assert.True(result.Succeeded, result.Error?.Describe());
        Assert.Equal("{\"X\":1,\"Y\":5}", sink.Results.Single().GetText(MimeBundle.PlainText));
        Assert.Contains(session.Variables, v => v.Name == "p");
    }

    [Fact]
    public async Task ExecuteAsync_TrailingExpression_IsTheResultAndStatementsAreNot()
    {
        var session = new NotebookSession();

        var withValue = await Run(session, "var a = 20;\na + 22");
        var statement = await Run(session, "a + 1;");
        var voidCall = await Run(session, "Console.WriteLine(a)");
        var awaited = await Run(session, "await Task.FromResult(a * 2)");

        Assert.Equal("42", withValue.Sink.Results.Single().GetText(MimeBundle.PlainText));
        Assert.Empty(statement.Sink.Results);
        Assert.Empty(voidCall.Sink.Results);
        Assert.Equal("20\n", voidCall.Sink.Stdout);
        Assert.Equal("40", awaited.Sink.Results.Single().GetText(MimeBundle.PlainText));
        Assert.Equal([1, 2, 3, 4], new[] { withValue, statement, voidCall, awaited }.Select(r => r.Result.ExecutionCount));
    }

    [Fact]
    public async Task ExecuteAsync_ConsoleOutAndError_AreCapturedAsStreamsInOrder()
    {
        var session = new NotebookSession();

        var (_, sink) = await Run(session, "Console.WriteLine(\"out 1\");\nConsole.Error.WriteLine(\"err\");\nConsole.Write(\"out 2\");");

        Assert.Equal(["stdout:out 1\n", "stderr:err\n", "stdout:out 2"], sink.Events.Select(e => $"{e.Kind}:{e.Payload}"));
    }

    [Fact]
    public async Task ExecuteAsync_DisplayAndUpdate_ReportTheSameDisplayIdAsTheyHappen()
    {
        var session = new NotebookSession();

        var (_, sink) = await Run(session, "var h = display(\"step 0\");\nConsole.Write(\"working\");\nh.Update(\"step 1\");\nh.Update(\"step 2\");\nh.DisplayId");

        Assert.Equal(["display", "stdout", "update", "update", "result"], sink.Events.Select(e => e.Kind));
        string id = sink.Events[0].Id!;
        Assert.Equal(id, sink.Events[2].Id);
        Assert.Equal("step 2", ((MimeBundle)sink.Events[3].Payload).GetText(MimeBundle.PlainText));
        Assert.Equal(id, sink.Results.Single().GetText(MimeBundle.PlainText));
    }

    [Fact]
    public async Task ExecuteAsync_DisplayWithMimeType_ShowsTheStringAsThatType()
    {
        var session = new NotebookSession();

        var (_, sink) = await Run(session, "display(\"<b>bold</b>\", \"text/html\"); display(HTML(\"<i>x</i>\"));");

        var bundles = sink.Events.Where(e => e.Kind == "display").Select(e => (MimeBundle)e.Payload).ToList();
        Assert.Equal("<b>bold</b>", bundles[0].GetText(MimeBundle.Html));
        Assert.False(bundles[0].Has(MimeBundle.PlainText));
        Assert.Equal("<i>x</i>", bundles[1].GetText(MimeBundle.Html));
    }

    [Fact]
    public async Task ExecuteAsync_CompileError_GivesCellLineColumnAndMessageAndKeepsState()
    {
        var session = new NotebookSession();
        await Run(session, "int kept = 7;");

        var (result, sink) = await Run(session, "var a = 1;\nvar b = a +  missing;", "cell 4");

        Assert.Equal(CellStatus.Error, result.Status);
        var error = sink.Errors.Single();
        Assert.Equal(CellErrorKind.Compilation, error.Kind);
        Assert.Equal((2, 14), (error.Line, error.Column));
        Assert.Equal("nb.ipynb, cell 4, line 2, column 14: error CS0103: The name 'missing' does not exist in the current context", error.Describe("nb.ipynb"));
        Assert.Equal(["cell 4(2,14): error CS0103: The name 'missing' does not exist in the current context"], error.Traceback);
        Assert.Equal("7", (await Run(session, "kept")).Sink.Results.Single().GetText(MimeBundle.PlainText));
    }

    [Fact]
    public async Task ExecuteAsync_Exception_GivesTypeMessageAndOnlyTheNotebooksFrames()
    {
        var session = new NotebookSession();
        await Run(session, "void Fail(string why) => throw new InvalidOperationException(why);");

        var (result, sink) = await Run(session, "int before = 1;\nvar items = new List<int>();\nFail(\"boom\");", "cell 3");

        Assert.Equal(CellStatus.Error, result.Status);
        var error = sink.Errors.Single();
        Assert.Equal("System.InvalidOperationException", error.Name);
        Assert.Equal("boom", error.Message);
        Assert.Equal("System.InvalidOperationException: boom", error.Traceback[0]);
        Assert.Equal(2, error.Traceback.Count - 1);
        Assert.Contains("at Fail(String why) in cell 1:line 1", error.Traceback[1], StringComparison.Ordinal);
        Assert.Contains("at <cell code> in cell 3:line 3", error.Traceback[2], StringComparison.Ordinal);
        Assert.DoesNotContain(error.Traceback, line => line.Contains("Microsoft.CodeAnalysis", StringComparison.Ordinal));
        // Variables assigned before the throw survive, as in .NET Interactive.
        Assert.Equal("1", (await Run(session, "before")).Sink.Results.Single().GetText(MimeBundle.PlainText));
    }

    [Fact]
    public async Task ExecuteAsync_CellPastTimeout_StopsWithAClearErrorAndTheSessionGoesOn()
    {
        var session = new NotebookSession();
        // The reference is loaded here, by its full path, not in the timed cell; and the timeout leaves room to compile
        // the timed cell: the timeout covers compilation, and on a loaded machine (load 20-50) compiling took seconds, so
        // a 500 ms, later a 3 s, timeout sometimes stopped the cell before its loop ever ran.
        var setup = await Run(session, $"#r \"{typeof(NotebookSessionTests).Assembly.Location}\"\nint x = 5;");
        Assert.True(setup.Result.Succeeded, setup.Result.Error?.Describe());
        session.CellTimeout = TimeSpan.FromSeconds(10);

        var (result, sink) = await Run(session,
            "while (!CellCancellationToken.IsCancellationRequested) Thread.Sleep(10);\n" +
            "AttnTutorial.Notebooks.Tests.Execution.NotebookSessionTests.AbandonedCellEnded.Set();", "cell 9");
        session.CellTimeout = TimeSpan.FromMinutes(10);
        var later = await Run(session, "1 + 1");

        // The abandoned cell saw its own token cancelled and ended, although a later cell has run since.
        Assert.True(AbandonedCellEnded.Wait(TimeSpan.FromSeconds(30)));
        Assert.True(later.Result.Succeeded);

        Assert.Equal(CellStatus.TimedOut, result.Status);
        Assert.Equal("cell 9 did not finish within the cell timeout of 10 s; the run was stopped (raise the timeout to allow longer cells)",
            sink.Errors.Single().Message);
        Assert.Equal("5", (await Run(session, "x")).Sink.Results.Single().GetText(MimeBundle.PlainText));
    }

    [Fact]
    public async Task ExecuteAsync_Cancelled_ReportsAnInterrupt()
    {
        var session = new NotebookSession();
        using var interrupt = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        var sink = new RecordingSink();

        var result = await session.ExecuteAsync("while (!CellCancellationToken.IsCancellationRequested) Thread.Sleep(10);", null, sink, interrupt.Token);

        Assert.Equal(CellStatus.Cancelled, result.Status);
        Assert.Equal(CellErrorKind.Cancelled, sink.Errors.Single().Kind);
    }

    [Fact]
    public async Task ExecuteAsync_InterruptedBeforeItStarts_IsCancelledAndRunsNothing()
    {
        var session = new NotebookSession();
        var sink = new RecordingSink();

        var result = await session.ExecuteAsync("Console.WriteLine(\"ran\");", "cell 3", sink, new CancellationToken(canceled: true));

        Assert.Equal(CellStatus.Cancelled, result.Status);
        Assert.Equal("cell 3 was interrupted", sink.Errors.Single().Message);
        Assert.Empty(sink.Stdout);
    }

    [Fact]
    public async Task ExecuteAsync_OtherLanguage_IsADirectiveErrorNamingIt()
    {
        var (result, sink) = await Run(new NotebookSession(), "#!fsharp\nlet x = 1", "cell 2");

        Assert.Equal(CellStatus.Error, result.Status);
        Assert.Equal("nb.ipynb, cell 2, line 1: the cell is in F# (#!fsharp); this engine runs only C# cells (#!csharp)", sink.Errors.Single().Describe("nb.ipynb"));
    }

    [Fact]
    public async Task ExecuteAsync_Time_PrintsWallTime()
    {
        var (_, sink) = await Run(new NotebookSession(), "#!time\nThread.Sleep(20);");

        Assert.Matches(@"^Wall time: \d+\.\d ms\n$", sink.Stdout);
    }

    [Fact]
    public async Task ExecuteAsync_HostNuGetPackage_ResolvesToTheHostsAssemblyWithoutRestore()
    {
        var session = new NotebookSession(new SessionOptions { NuGetCacheDirectory = "/nonexistent/no-restores-here" });
        var (result, sink) = await Run(session, "#r \"nuget: TorchSharp-cpu, 0.107.0\"\nusing TorchSharp;");
        Assert.True(result.Succeeded, result.Error?.Describe());
        Assert.Empty(sink.Stderr);

        var later = await Run(session, "typeof(torch).Assembly");

        Assert.True(later.Result.Succeeded, later.Result.Error?.Describe());
        Assert.Same(typeof(TorchSharp.torch).Assembly, session.State!.ReturnValue);
    }

    [Fact]
    public async Task ExecuteAsync_HostPackageOtherVersion_WarnsAndUsesTheHostVersion()
    {
        var (result, sink) = await Run(new NotebookSession(), "#r \"nuget: MathNet.Numerics, 4.15.0\"\nMathNet.Numerics.SpecialFunctions.Factorial(5)", "cell 1");

        Assert.True(result.Succeeded, result.Error?.Describe());
        Assert.Equal("120", sink.Results.Single().GetText(MimeBundle.PlainText));
        Assert.Equal("cell 1, line 1: #r \"nuget: MathNet.Numerics, 4.15.0\" asks for version 4.15.0; the host carries MathNet.Numerics 5.0.0, which is used instead",
            result.Warnings.Single());
        Assert.StartsWith("warning: cell 1, line 1:", sink.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExecuteAsync_AssemblyPathOfALoadedAssembly_ReusesItEvenIfTheFileIsMissing()
    {
        using var folder = new TempFolder();
        var session = new NotebookSession(new SessionOptions { WorkingDirectory = folder.Path });

        var (result, _) = await Run(session, "#r \"../no/such/bin/Release/net10.0/xunit.assert.dll\"\ntypeof(Xunit.Assert).Assembly");

        Assert.True(result.Succeeded, result.Error?.Describe());
        Assert.Same(typeof(Assert).Assembly, session.State!.ReturnValue);
    }

    [Fact]
    public async Task ExecuteAsync_AssemblyPathNeitherLoadedNorPresent_IsAnErrorNamingCellLineAndPath()
    {
        using var folder = new TempFolder();
        var session = new NotebookSession(new SessionOptions { WorkingDirectory = folder.Path });

        var (result, sink) = await Run(session, "// setup\n#r \"lib/Nowhere.Helpers.dll\"", "cell 5");

        Assert.Equal(CellStatus.Error, result.Status);
        var error = sink.Errors.Single();
        Assert.Equal((CellErrorKind.Directive, 2), (error.Kind, error.Line));
        Assert.Contains(Path.Combine(folder.Path, "lib", "Nowhere.Helpers.dll"), error.Message, StringComparison.Ordinal);
        Assert.StartsWith("nb.ipynb, cell 5, line 2: #r \"lib/Nowhere.Helpers.dll\"", error.Describe("nb.ipynb"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetSemanticModel_SeesEarlierCellsWithoutRunningAnything()
    {
        var session = new NotebookSession();
        await Run(session, "var series = new List<double> { 1, 2 };");

        var model = session.GetSemanticModel("series.");
        var type = model.Compilation.GetTypeByMetadataName("System.Collections.Generic.List`1");
        var symbols = model.LookupSymbols(0, name: "series");

        Assert.NotNull(type);
        Assert.Equal("List<double>", Assert.Single(symbols) is Microsoft.CodeAnalysis.IFieldSymbol f ? f.Type.ToDisplayString(Microsoft.CodeAnalysis.SymbolDisplayFormat.MinimallyQualifiedFormat) : null);
        Assert.Equal(1, session.ExecutionCount);
    }
}
