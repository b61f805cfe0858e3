using System.Text.Json.Nodes;
using AttnTutorial.Kernel.Channels;
using AttnTutorial.Kernel.Protocol;

namespace AttnTutorial.Kernel.Handlers;

/// <summary>Routes each verified request to its handler by <c>msg_type</c>, wrapped in busy/idle status.</summary>
internal sealed class RequestDispatcher
{
    // Messages a client may send that this kernel has nothing to do for; answered with silence, not a warning.
    private static readonly HashSet<string> Ignored = ["comm_open", "comm_msg", "comm_close"];

    private readonly Dictionary<string, IRequestHandler> _handlers;
    private readonly Outbox _outbox;

    public RequestDispatcher(Outbox outbox, IEnumerable<IRequestHandler> handlers)
    {
        _outbox = outbox;
        _handlers = handlers.ToDictionary(h => h.MsgType, StringComparer.Ordinal);
    }

    public void Dispatch(Channel channel, JupyterMessage request)
    {
        // The kernel never asks for input (cells read no stdin), so nothing on stdin is awaited; no status either.
        if (channel == Channel.Stdin) return;
        var context = new RequestContext(channel, request, _outbox);
        context.PublishStatus("busy");
        if (request.Problem is not null)
        {
            KernelLog.Warn($"{channel}: refused a {DescribeType(request.MsgType)}: {request.Problem}");
            // A request's sender waits for its reply; anything else just ends.
            if (request.MsgType.EndsWith("_request", StringComparison.Ordinal))
                context.Reply(MessageBuilder.ReplyTypeOf(request.MsgType), MalformedReply(request.Problem));
            else
                context.Finish();
            return;
        }
        if (!_handlers.TryGetValue(request.MsgType, out var handler))
        {
            if (!Ignored.Contains(request.MsgType)) KernelLog.Warn($"{channel}: unsupported {DescribeType(request.MsgType)} ignored");
            context.Finish();
            return;
        }
        try
        {
            handler.Handle(context);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            KernelLog.Error($"{channel}: {request.MsgType} failed: {e}");
            context.ReplyError(MessageBuilder.ReplyTypeOf(request.MsgType), e);
        }
    }

    /// <summary>The error reply to a signed request that cannot be read, e.g. a content that repeats a key.</summary>
    public static JsonObject MalformedReply(string problem) => new()
    {
        ["status"] = "error",
        ["ename"] = "MalformedMessage",
        ["evalue"] = $"the kernel cannot read this request: {problem}",
        ["traceback"] = new JsonArray(JsonValue.Create($"MalformedMessage: {problem}")),
    };

    // The type as the sender wrote it, shortened: it goes into the kernel's log.
    private static string DescribeType(string msgType) =>
        msgType.Length == 0 ? "message without a msg_type" : $"message type '{(msgType.Length > 60 ? msgType[..60] + "..." : msgType)}'";
}
