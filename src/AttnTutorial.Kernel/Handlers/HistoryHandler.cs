using System.Text.Json.Nodes;

namespace AttnTutorial.Kernel.Handlers;

/// <summary>history: the kernel keeps none, so the answer is always empty.</summary>
internal sealed class HistoryHandler : IRequestHandler
{
    public string MsgType => "history_request";

    public void Handle(RequestContext context) =>
        context.Reply("history_reply", new JsonObject { ["status"] = "ok", ["history"] = new JsonArray() });
}
