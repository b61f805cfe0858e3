using System.Globalization;
using System.Text.Json.Nodes;
using AttnTutorial.Notebooks.Execution;
using AttnTutorial.Notebooks.Formatting;

namespace AttnTutorial.Notebooks.Worker;

/// <summary>
/// The lines a notebook worker and its parent exchange over their pipe: one JSON object per line. The parent sends
/// <c>start</c> once (the worker answers <c>ready</c>), then one <c>execute</c> per cell; the worker answers each with the cell's outputs as they happen
/// (<c>stream</c>, <c>display</c>, <c>update</c>, <c>result</c>, <c>error</c>, the <see cref="IOutputSink"/> calls)
/// and a closing <c>done</c> that carries the <see cref="CellResult"/>.
/// </summary>
internal static class WorkerMessages
{
    public static JsonObject Start(string workingDirectory, TimeSpan cellTimeout) => new()
    {
        ["op"] = "start",
        ["workingDirectory"] = workingDirectory,
        ["cellTimeoutSeconds"] = cellTimeout.TotalSeconds,
    };

    /// <summary>The worker has started its session and compiled a first cell: the next cell's time is its own.</summary>
    public static JsonObject Ready() => new() { ["ev"] = "ready" };

    public static JsonObject Execute(string code, string cellName) => new() { ["op"] = "execute", ["code"] = code, ["cell"] = cellName };

    public static JsonObject Stream(StreamName stream, string text) => new()
    {
        ["ev"] = "stream",
        ["name"] = stream == StreamName.Stdout ? "stdout" : "stderr",
        ["text"] = text,
    };

    public static JsonObject Display(string displayId, MimeBundle bundle) => new() { ["ev"] = "display", ["id"] = displayId, ["data"] = bundle.ToJson() };

    public static JsonObject Update(string displayId, MimeBundle bundle) => new() { ["ev"] = "update", ["id"] = displayId, ["data"] = bundle.ToJson() };

    public static JsonObject Result(int executionCount, MimeBundle bundle) => new() { ["ev"] = "result", ["count"] = executionCount, ["data"] = bundle.ToJson() };

    public static JsonObject Error(CellError error) => new() { ["ev"] = "error", ["error"] = ToJson(error) };

    public static JsonObject Done(CellResult result) => new()
    {
        ["ev"] = "done",
        ["count"] = result.ExecutionCount,
        ["status"] = result.Status.ToString(),
        ["seconds"] = result.Duration.TotalSeconds,
        ["error"] = result.Error is null ? null : ToJson(result.Error),
        ["warnings"] = new JsonArray(result.Warnings.Select(w => (JsonNode?)JsonValue.Create(w)).ToArray()),
    };

    /// <summary>Passes an output message on to <paramref name="sink"/>; returns the cell's result when the message is <c>done</c>.</summary>
    /// <exception cref="FormatException">The message is not one the worker sends.</exception>
    public static CellResult? Dispatch(JsonObject message, IOutputSink sink)
    {
        switch (Text(message, "ev"))
        {
            case "stream":
                sink.WriteStream(Text(message, "name") == "stderr" ? StreamName.Stderr : StreamName.Stdout, Text(message, "text"));
                return null;
            case "display":
                sink.Display(Text(message, "id"), Bundle(message));
                return null;
            case "update":
                sink.UpdateDisplay(Text(message, "id"), Bundle(message));
                return null;
            case "result":
                sink.Result(Int(message["count"]) ?? 0, Bundle(message));
                return null;
            case "error":
                sink.Error(ErrorFrom(message["error"]));
                return null;
            case "done":
                return new CellResult(
                    Int(message["count"]) ?? 0,
                    Enum.Parse<CellStatus>(Text(message, "status")),
                    TimeSpan.FromSeconds(message["seconds"]?.GetValue<double>() ?? 0),
                    message["error"] is null ? null : ErrorFrom(message["error"]),
                    message["warnings"] is JsonArray warnings ? warnings.Select(w => w!.GetValue<string>()).ToList() : []);
            default:
                throw new FormatException($"unknown worker message: {Truncate(message.ToJsonString())}");
        }
    }

    private static JsonObject ToJson(CellError error) => new()
    {
        ["kind"] = error.Kind.ToString(),
        ["cell"] = error.Cell,
        ["name"] = error.Name,
        ["message"] = error.Message,
        ["line"] = error.Line,
        ["column"] = error.Column,
        ["traceback"] = new JsonArray(error.Traceback.Select(t => (JsonNode?)JsonValue.Create(t)).ToArray()),
    };

    private static CellError ErrorFrom(JsonNode? node)
    {
        if (node is not JsonObject error) throw new FormatException("a worker error message has no error object");
        return new CellError(
            Enum.Parse<CellErrorKind>(Text(error, "kind")),
            Text(error, "cell"),
            Text(error, "name"),
            Text(error, "message"),
            Int(error["line"]),
            Int(error["column"]),
            error["traceback"] is JsonArray traceback ? traceback.Select(t => t!.GetValue<string>()).ToList() : []);
    }

    private static MimeBundle Bundle(JsonObject message) =>
        message["data"] is JsonObject data
            ? new MimeBundle(data.Select(p => KeyValuePair.Create(p.Key, p.Value?.DeepClone() ?? JsonValue.Create("")!)))
            : throw new FormatException($"a worker '{Text(message, "ev")}' message has no data object");

    public static string Text(JsonObject message, string field) =>
        message[field] is JsonValue v && v.TryGetValue(out string? text)
            ? text
            : throw new FormatException($"a worker message lacks the text field '{field}': {Truncate(message.ToJsonString())}");

    private static int? Int(JsonNode? node) => node is JsonValue v && v.TryGetValue(out int value) ? value : null;

    private static string Truncate(string text) =>
        text.Length <= 200 ? text : string.Create(CultureInfo.InvariantCulture, $"{text[..200]}... ({text.Length} characters)");
}
