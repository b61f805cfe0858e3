using AttnTutorial.Notebooks.Execution;

namespace AttnTutorial.Notebooks.Tests.Execution;

public class CellErrorTests
{
    [Fact]
    public void Describe_ProcessEnded_IsTheMessageThatNamesCellAndNotebookWithTheRuntimesWords()
    {
        const string message = "cell 7 of 05-training.ipynb ended the process: stack overflow";
        var error = new CellError(CellErrorKind.ProcessEnded, "cell 7", "ProcessEnded", message, null, null, [message, "Stack overflow.", "   at Submission#0.F(Int32)"]);

        Assert.Equal(message + "\nStack overflow.\n   at Submission#0.F(Int32)", error.Describe("05-training.ipynb"));
    }

    [Fact]
    public void Describe_Exception_PrefixesNotebookCellAndLine()
    {
        var error = new CellError(CellErrorKind.Exception, "cell 2", "System.Exception", "bad", 3, null, ["System.Exception: bad", "   at cell 2:line 3"]);

        Assert.Equal("nb.ipynb, cell 2, line 3: System.Exception: bad\n   at cell 2:line 3", error.Describe("nb.ipynb"));
    }
}
