using System.Text.Json.Nodes;
using AttnTutorial.Kernel.Execution;
using AttnTutorial.Kernel.Language;

namespace AttnTutorial.Kernel.Handlers;

/// <summary>complete: runs on the assist thread, so it answers while a long cell runs.</summary>
internal sealed class CompleteHandler(WorkQueue assist, CompletionProvider provider) : IRequestHandler
{
    public string MsgType => "complete_request";

    public void Handle(RequestContext context) => assist.Post(() =>
    {
        string code = context.Request.ContentText("code", "")!;
        int cursor = CellText.ToUtf16(code, context.Request.ContentNumber("cursor_pos", int.MaxValue));
        Completions found;
        try
        {
            found = provider.Complete(code, cursor);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            KernelLog.Warn($"completion failed: {e.Message}");
            found = new Completions([], cursor, cursor);
        }
        int start = CellText.ToCodePoints(code, found.Start), end = CellText.ToCodePoints(code, found.End);
        context.Reply("complete_reply", new JsonObject
        {
            ["status"] = "ok",
            ["matches"] = new JsonArray(found.Items.Select(i => (JsonNode?)JsonValue.Create(i.Text)).ToArray()),
            ["cursor_start"] = start,
            ["cursor_end"] = end,
            ["metadata"] = new JsonObject
            {
                ["_jupyter_types_experimental"] = new JsonArray(found.Items.Select(i => (JsonNode?)new JsonObject
                {
                    ["start"] = start,
                    ["end"] = end,
                    ["text"] = i.Text,
                    ["type"] = i.Type,
                }).ToArray()),
            },
        });
    });
}
