using System.Text.Json.Nodes;
using AttnTutorial.Kernel.Channels;
using AttnTutorial.Kernel.Protocol;

namespace AttnTutorial.Kernel.Handlers;

/// <summary>
/// One request being handled, on whichever thread handles it. The status goes busy when it is dispatched and idle right
/// after its reply is sent (or after <see cref="Finish"/> for a request without a reply), so clients always see
/// busy, outputs, reply, idle.
/// </summary>
internal sealed class RequestContext
{
    private readonly Outbox _outbox;
    private int _finished;

    public RequestContext(Channel channel, JupyterMessage request, Outbox outbox)
    {
        Channel = channel;
        Request = request;
        _outbox = outbox;
    }

    public Channel Channel { get; }

    public JupyterMessage Request { get; }

    /// <summary>Broadcasts an IOPub message with this request as its parent.</summary>
    public void Publish(string msgType, JsonObject content) =>
        _outbox.Publish(_outbox.Builder.Broadcast(Request, msgType, content));

    public void PublishStatus(string state) => Publish("status", new JsonObject { ["execution_state"] = state });

    /// <summary>Sends the reply, then the idle status, then runs <paramref name="afterSent"/> (on the socket thread). Only the first call counts.</summary>
    public void Reply(string msgType, JsonObject content, Action? afterSent = null)
    {
        if (Interlocked.Exchange(ref _finished, 1) != 0) return;
        _outbox.Send(Channel, _outbox.Builder.Reply(Request, msgType, content), () =>
        {
            PublishStatus("idle");
            afterSent?.Invoke();
        });
    }

    /// <summary>Ends a request that gets no reply.</summary>
    public void Finish()
    {
        if (Interlocked.Exchange(ref _finished, 1) != 0) return;
        PublishStatus("idle");
    }

    /// <summary>The reply for a request that failed inside the kernel: status "error", with the exception's type and message.</summary>
    public void ReplyError(string msgType, Exception exception) =>
        Reply(msgType, new JsonObject
        {
            ["status"] = "error",
            ["ename"] = exception.GetType().Name,
            ["evalue"] = exception.Message,
            ["traceback"] = new JsonArray(JsonValue.Create($"{exception.GetType().Name}: {exception.Message}")),
        });
}
