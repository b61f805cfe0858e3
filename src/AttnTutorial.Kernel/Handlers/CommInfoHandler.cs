using System.Text.Json.Nodes;

namespace AttnTutorial.Kernel.Handlers;

/// <summary>comm_info: the kernel opens no comms (no widgets), so the answer is always empty.</summary>
internal sealed class CommInfoHandler : IRequestHandler
{
    public string MsgType => "comm_info_request";

    public void Handle(RequestContext context) =>
        context.Reply("comm_info_reply", new JsonObject { ["status"] = "ok", ["comms"] = new JsonObject() });
}
