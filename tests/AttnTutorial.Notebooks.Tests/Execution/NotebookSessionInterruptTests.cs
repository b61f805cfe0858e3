using AttnTutorial.Notebooks.Execution;
using AttnTutorial.Notebooks.Formatting;

namespace AttnTutorial.Notebooks.Tests.Execution;

/// <summary>What an interrupt leaves behind: the variables of a cell that stopped, and a clear word about one that did not.</summary>
public class NotebookSessionInterruptTests
{
    [Fact]
    public async Task ExecuteAsync_InterruptedCellThatChecksItsToken_KeepsTheVariablesItAssigned()
    {
        var session = new NotebookSession();
        using var interrupt = new CancellationTokenSource(TimeSpan.FromMilliseconds(500));

        var result = await session.ExecuteAsync(
            "var kept = 41;\nvar steps = 0;\nwhile (true) { CellCancellationToken.ThrowIfCancellationRequested(); steps++; Thread.Sleep(10); }",
            "cell 1", new RecordingSink(), interrupt.Token);
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
        using var interrupt = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        // Ends on its own a little after the session has given up on it, so the test leaves nothing running.
        var result = await session.ExecuteAsync("var lost = 2; Thread.Sleep(7000);", "cell 2", new RecordingSink(), interrupt.Token);
        var later = new RecordingSink();
        var after = await session.ExecuteAsync("before", "cell 3", later, CancellationToken.None);

        Assert.Equal(CellStatus.Cancelled, result.Status);
        Assert.StartsWith("cell 2 was interrupted, but its code did not stop: it never checks CellCancellationToken", result.Error!.Message, StringComparison.Ordinal);
        Assert.True(after.Succeeded, after.Error?.Describe());
        Assert.Equal("1", later.Results.Single().GetText(MimeBundle.PlainText));
    }
}
