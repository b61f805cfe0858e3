using System.Text.Json.Nodes;
using AttnTutorial.Notebooks.Execution;
using AttnTutorial.Notebooks.Formatting;

namespace AttnTutorial.Kernel.Execution;

/// <summary>
/// The <c>user_expressions</c> of an execute request: each one evaluated in the session after the cell succeeded,
/// answered in the reply as ipykernel answers it (<c>{status, data, metadata}</c> or <c>{status, ename, evalue,
/// traceback}</c>) and shown nowhere else. Clients use them to read state without a visible cell.
/// </summary>
internal static class UserExpressions
{
    /// <summary>Evaluates every expression of <paramref name="expressions"/>, in order, each as a cell of its own.</summary>
    public static JsonObject Evaluate(NotebookSession session, JsonObject expressions, CancellationToken cancellationToken)
    {
        var answers = new JsonObject();
        foreach (var (name, node) in expressions)
        {
            if (node is not JsonValue value || !value.TryGetValue(out string? code))
            {
                answers[name] = Failure("MalformedMessage", $"user expression '{name}' must be a string");
                continue;
            }
            var catcher = new ValueCatcher();
            var result = session.ExecuteAsync(code, $"user expression '{name}'", catcher, cancellationToken).GetAwaiter().GetResult();
            answers[name] = result.Succeeded
                ? new JsonObject { ["status"] = "ok", ["data"] = catcher.Value?.ToJson() ?? [], ["metadata"] = new JsonObject() }
                : Failure(result.Error!.Name, result.Error.Message, result.Error.Traceback);
        }
        return answers;
    }

    private static JsonObject Failure(string name, string message, IReadOnlyList<string>? traceback = null) => new()
    {
        ["status"] = "error",
        ["ename"] = name,
        ["evalue"] = message,
        ["traceback"] = new JsonArray((traceback ?? [message]).Select(line => (JsonNode?)JsonValue.Create(line)).ToArray()),
    };

    /// <summary>Keeps the expression's value; everything else it might print or show is not asked for.</summary>
    private sealed class ValueCatcher : IOutputSink
    {
        public MimeBundle? Value { get; private set; }

        public void WriteStream(StreamName stream, string text)
        {
        }

        public void Display(string displayId, MimeBundle bundle)
        {
        }

        public void UpdateDisplay(string displayId, MimeBundle bundle)
        {
        }

        public void Result(int executionCount, MimeBundle bundle) => Value = bundle;

        public void Error(CellError error)
        {
        }
    }
}
