using System.Text.Json.Nodes;
using AttnTutorial.Kernel.Execution;
using AttnTutorial.Kernel.Language;

namespace AttnTutorial.Kernel.Handlers;

/// <summary>complete: Roslyn completions, with their kinds in the experimental types metadata JupyterLab shows as icons.</summary>
internal sealed class CompleteHandler(WorkQueue assist, CompletionProvider provider) : AssistHandler(assist)
{
    public override string MsgType => "complete_request";

    protected override JsonObject Answer(string code, int cursor) => Content(code, provider.Complete(code, cursor));

    protected override JsonObject NothingFound(string code, int cursor) => Content(code, new Completions([], cursor, cursor));

    private static JsonObject Content(string code, Completions found)
    {
        int start = CellText.ToCodePoints(code, found.Start), end = CellText.ToCodePoints(code, found.End);
        return new JsonObject
        {
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
        };
    }
}
