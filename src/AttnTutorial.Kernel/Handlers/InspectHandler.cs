using System.Text.Json.Nodes;
using AttnTutorial.Kernel.Execution;
using AttnTutorial.Kernel.Language;

namespace AttnTutorial.Kernel.Handlers;

/// <summary>inspect: runs on the assist thread; the answer is plain text (signature and doc summary).</summary>
internal sealed class InspectHandler(WorkQueue assist, InspectionProvider provider) : IRequestHandler
{
    public string MsgType => "inspect_request";

    public void Handle(RequestContext context) => assist.Post(() =>
    {
        string code = context.Request.ContentText("code", "")!;
        int cursor = CellText.ToUtf16(code, context.Request.ContentNumber("cursor_pos", int.MaxValue));
        string? text;
        try
        {
            text = provider.Inspect(code, cursor);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            KernelLog.Warn($"inspection failed: {e.Message}");
            text = null;
        }
        context.Reply("inspect_reply", new JsonObject
        {
            ["status"] = "ok",
            ["found"] = text is not null,
            ["data"] = text is null ? new JsonObject() : new JsonObject { ["text/plain"] = text },
            ["metadata"] = new JsonObject(),
        });
    });
}
