using AttnTutorial.Notebooks.Execution;
using AttnTutorial.Notebooks.Formatting;

namespace AttnTutorial.Notebooks.Tests.Execution;

/// <summary>What an interrupt leaves behind: the variables of a cell that stopped, and a clear word about one that did not.</summary>
public class NotebookSessionInterruptTests
{
    // Runs `code`, which prints "started" once it runs, and interrupts it then (not while it compiles).
    private static async Task<CellResult> RunAndInterrupt(NotebookSession session, string code, string name)
    {
        var sink = new StartSignallingSink();
        using var interrupt = new CancellationTokenSource();
        var running = session.ExecuteAsync(code, name, sink, interrupt.Token);
        await sink.Started.WaitAsync(TimeSpan.FromMinutes(2));
        await Task.Delay(100);
        await interrupt.CancelAsync();
        return await running;
    }

    [Fact]
    public async Task ExecuteAsync_InterruptedCellThatChecksItsToken_KeepsTheVariablesItAssigned()
    {
        var session = new NotebookSession();

        var result = await RunAndInterrupt(session,
            "var kept = 41;\nvar steps = 0;\nConsole.WriteLine(\"started\");\n" +
            "while (true) { CellCancellationToken.ThrowIfCancellationRequested(); steps++; Thread.Sleep(10); }", "cell 1");
        var later = new RecordingSink();
        var after = await session.ExecuteAsync("kept + (steps > 0 ? 1 : 0)", "cell 2", later, CancellationToken.None);

        Assert.Equal(CellStatus.Cancelled, result.Status);
        Assert.Equal("cell 1 was interrupted", result.Error!.Message);
        Assert.True(after.Succeeded, after.Error?.Describe());
        Assert.Equal("42", later.Results.Single().GetText(MimeBundle.PlainText));
    }

    [Fact]
    public async Task ExecuteAsync_InterruptedCellThatIgnoresItsToken_SaysItGoesOnAndTheSessionContinues()
    {
        var session = new NotebookSession();
        await session.ExecuteAsync("var before = 1;", "cell 1", new RecordingSink(), CancellationToken.None);

        // Ends on its own a little after the session has given up on it, so the test leaves nothing running.
        var result = await RunAndInterrupt(session, "var lost = 2;\nConsole.WriteLine(\"started\");\nThread.Sleep(8000);", "cell 2");
        var later = new RecordingSink();
        var after = await session.ExecuteAsync("before", "cell 3", later, CancellationToken.None);

        Assert.Equal(CellStatus.Cancelled, result.Status);
        Assert.StartsWith("cell 2 was interrupted, but its code did not stop: it never checks CellCancellationToken", result.Error!.Message, StringComparison.Ordinal);
        Assert.True(after.Succeeded, after.Error?.Describe());
        Assert.Equal("1", later.Results.Single().GetText(MimeBundle.PlainText));
    }

    [Fact]
    public async Task ExecuteAsync_InterruptedCellPrintingWithoutLineEnds_NeverJoinsALineOfTheNextCell()
    {
        const string stop = "NotebookSessionInterruptTests.StopDots";
        var session = new NotebookSession();
        try
        {
            // Progress dots, no line end, token never checked: it prints on while the next cell writes a line in pieces.
            var result = await RunAndInterrupt(session,
                $"Console.WriteLine(\"started\");\nwhile (AppContext.GetData(\"{stop}\") is null) {{ Console.Write(\".\"); Thread.Sleep(20); }}", "cell 1");
            var later = new RecordingSink();
            var after = await session.ExecuteAsync(
                "Console.Write(\"a\"); Thread.Sleep(300); Console.Write(\"b\"); Thread.Sleep(300); Console.WriteLine(\"c\");", "cell 2", later, CancellationToken.None);

            Assert.Equal(CellStatus.Cancelled, result.Status);
            Assert.True(after.Succeeded, after.Error?.Describe());
            var pieces = later.Events.Where(e => e.Kind == "stdout").Select(e => (string)e.Payload).ToList();
            // The dots still reach the session's sink (a kernel drops them by the code that wrote them), but apart.
            Assert.Contains("abc\n", pieces);
            Assert.Contains(pieces, p => p.StartsWith('.'));
            Assert.All(pieces.Where(p => p != "abc\n"), p => Assert.Matches(@"^\.+$", p));
        }
        finally
        {
            AppContext.SetData(stop, true);
        }
    }

    private sealed class StartSignallingSink : IOutputSink
    {
        private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task Started => _started.Task;

        public void WriteStream(StreamName stream, string text)
        {
            if (text.Contains("started", StringComparison.Ordinal)) _started.TrySetResult();
        }

        public void Display(string displayId, MimeBundle bundle)
        {
        }

        public void UpdateDisplay(string displayId, MimeBundle bundle)
        {
        }

        public void Result(int executionCount, MimeBundle bundle)
        {
        }

        public void Error(CellError error) => _started.TrySetResult();
    }
}
