using System.Text.Json.Nodes;
using AttnTutorial.Kernel.Language;

namespace AttnTutorial.Kernel.Handlers;

/// <summary>is_complete: a parse only, cheap enough for the socket thread.</summary>
internal sealed class IsCompleteHandler : IRequestHandler
{
    public string MsgType => "is_complete_request";

    public void Handle(RequestContext context)
    {
        var (status, indent) = CompletenessChecker.Check(context.Request.ContentText("code", "")!);
        var content = new JsonObject { ["status"] = status };
        if (status == "incomplete") content["indent"] = indent;
        context.Reply("is_complete_reply", content);
    }
}
