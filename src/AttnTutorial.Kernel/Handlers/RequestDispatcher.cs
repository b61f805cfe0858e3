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
        if (!_handlers.TryGetValue(request.MsgType, out var handler))
        {
            if (!Ignored.Contains(request.MsgType)) KernelLog.Warn($"{channel}: unsupported message type '{request.MsgType}' ignored");
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
}
