using System.Text.Json.Nodes;
using AttnTutorial.Notebooks.Execution;
using AttnTutorial.Notebooks.Formatting;
using AttnTutorial.Notebooks.Worker;

namespace AttnTutorial.Notebooks.Tests.Worker;

public class WorkerMessagesTests
{
    /// <summary>The message as it travels: serialized to one line and parsed back.</summary>
    private static JsonObject Travel(JsonObject message)
    {
        string line = message.ToJsonString();
        Assert.DoesNotContain('\n', line);
        return JsonNode.Parse(line)!.AsObject();
    }

    [Fact]
    public void Dispatch_EachOutputMessage_ReachesTheSinkAsSent()
    {
        var sink = new RecordingSink();
        var bundle = MimeBundle.HtmlWithText("<b>7</b>", "7");
        var error = new CellError(CellErrorKind.Exception, "cell 3", "System.Exception", "bad\nnews", 2, null, ["System.Exception: bad", "   at cell 3:line 2"]);

        Assert.Null(WorkerMessages.Dispatch(Travel(WorkerMessages.Stream(StreamName.Stderr, "two\nlines\n")), sink));
        Assert.Null(WorkerMessages.Dispatch(Travel(WorkerMessages.Display("d1", bundle)), sink));
        Assert.Null(WorkerMessages.Dispatch(Travel(WorkerMessages.Update("d1", MimeBundle.Text("8"))), sink));
        Assert.Null(WorkerMessages.Dispatch(Travel(WorkerMessages.Result(4, bundle)), sink));
        Assert.Null(WorkerMessages.Dispatch(Travel(WorkerMessages.Error(error)), sink));

        Assert.Equal(["stderr", "display", "update", "result", "error"], sink.Events.Select(e => e.Kind));
        Assert.Equal("two\nlines\n", sink.Stderr);
        Assert.Equal(bundle.ToJson().ToJsonString(), ((MimeBundle)sink.Events[1].Payload).ToJson().ToJsonString());
        Assert.Equal("d1", sink.Events[2].Id);
        Assert.Equal(error with { Traceback = [] }, sink.Errors.Single() with { Traceback = [] });
        Assert.Equal(error.Traceback, sink.Errors.Single().Traceback);
    }

    [Fact]
    public void Dispatch_Done_ReturnsTheCellResult()
    {
        var error = new CellError(CellErrorKind.Timeout, "cell 2", "TimeoutError", "too slow", null, null, ["too slow"]);
        var sent = new CellResult(5, CellStatus.TimedOut, TimeSpan.FromSeconds(1.5), error, ["a warning"]);

        var received = WorkerMessages.Dispatch(Travel(WorkerMessages.Done(sent)), new RecordingSink());

        Assert.NotNull(received);
        Assert.Equal((5, CellStatus.TimedOut, TimeSpan.FromSeconds(1.5)), (received.ExecutionCount, received.Status, received.Duration));
        Assert.Equal(("cell 2", "too slow", CellErrorKind.Timeout), (received.Error!.Cell, received.Error.Message, received.Error.Kind));
        Assert.Equal(["a warning"], received.Warnings);
    }

    [Fact]
    public void Dispatch_UnknownMessage_IsAFormatErrorQuotingIt()
    {
        var e = Assert.Throws<FormatException>(() => WorkerMessages.Dispatch(new JsonObject { ["ev"] = "launch" }, new RecordingSink()));

        Assert.Equal("unknown worker message: {\"ev\":\"launch\"}", e.Message);
    }
}
