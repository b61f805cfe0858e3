using System.Text.Json.Nodes;
using AttnTutorial.Kernel.Execution;
using AttnTutorial.Kernel.Language;

namespace AttnTutorial.Kernel.Handlers;

/// <summary>inspect: the symbol under the cursor as plain text (signature and doc summary).</summary>
internal sealed class InspectHandler(WorkQueue assist, InspectionProvider provider) : AssistHandler(assist)
{
    public override string MsgType => "inspect_request";

    protected override JsonObject Answer(string code, int cursor) => Content(provider.Inspect(code, cursor));

    protected override JsonObject NothingFound(string code, int cursor) => Content(null);

    private static JsonObject Content(string? text) => new()
    {
        ["found"] = text is not null,
        ["data"] = text is null ? new JsonObject() : new JsonObject { ["text/plain"] = text },
        ["metadata"] = new JsonObject(),
    };
}
