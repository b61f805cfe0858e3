using System.Text.Json.Nodes;
using AttnTutorial.Kernel.Protocol;

namespace AttnTutorial.Kernel.Handlers;

/// <summary>
/// A request whose answer never changes: history (the kernel keeps none) and comm_info (it opens no comms, so no
/// widgets), both answered with an empty list.
/// </summary>
internal sealed class FixedReplyHandler(string msgType, string field, Func<JsonNode> empty) : IRequestHandler
{
    public static FixedReplyHandler History { get; } = new("history_request", "history", () => new JsonArray());

    public static FixedReplyHandler CommInfo { get; } = new("comm_info_request", "comms", () => new JsonObject());

    public string MsgType => msgType;

    public void Handle(RequestContext context) =>
        context.Reply(MessageBuilder.ReplyTypeOf(msgType), new JsonObject { ["status"] = "ok", [field] = empty() });
}
