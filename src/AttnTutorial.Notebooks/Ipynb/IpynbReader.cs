using System.Text.Json;
using System.Text.Json.Nodes;

namespace AttnTutorial.Notebooks.Ipynb;

/// <summary>Reads nbformat 4 notebooks (<c>.ipynb</c>). Errors name the file and, where known, the cell, line and column.</summary>
public static class IpynbReader
{
    private static readonly HashSet<string> NotebookFields = ["cells", "metadata", "nbformat", "nbformat_minor"];
    private static readonly HashSet<string> CellFields = ["cell_type", "id", "source", "metadata", "outputs", "execution_count", "attachments"];

    /// <param name="warnings">Receives a warning naming the file when it holds bytes that are not valid UTF-8.</param>
    /// <exception cref="NotebookFormatException">The file is not valid JSON or not an nbformat 4 notebook.</exception>
    public static Notebook ReadFile(string path, ICollection<string>? warnings = null) => Read(NotebookText.ReadFile(path, warnings), path);

    /// <param name="json">The notebook's text.</param>
    /// <param name="sourceName">Names the notebook in error messages, usually its path.</param>
    /// <exception cref="NotebookFormatException">The text is not valid JSON or not an nbformat 4 notebook.</exception>
    public static Notebook Read(string json, string sourceName = "<notebook>")
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Disallow });
        }
        catch (JsonException e)
        {
            long line = (e.LineNumber ?? 0) + 1;
            long column = (e.BytePositionInLine ?? 0) + 1;
            throw new NotebookFormatException($"{sourceName}: invalid JSON at line {line}, column {column}: {FirstSentence(e.Message)}", e);
        }
        catch (ArgumentException e)
        {
            // JsonObject rejects a property name that occurs twice in one object.
            throw new NotebookFormatException($"{sourceName}: invalid notebook JSON: {e.Message}", e);
        }

        if (root is not JsonObject top)
            throw new NotebookFormatException($"{sourceName}: a notebook must be a JSON object, found {Describe(root)}");

        int format = RequireInt(top, "nbformat", sourceName, "the notebook");
        if (format != 4)
            throw new NotebookFormatException($"{sourceName}: nbformat {format} is not supported; only nbformat 4 notebooks can be read (open and save it in Jupyter to upgrade)");
        int minor = RequireInt(top, "nbformat_minor", sourceName, "the notebook");

        var notebook = new Notebook
        {
            Format = format,
            FormatMinor = minor,
            Metadata = top["metadata"] switch
            {
                null => [],
                JsonObject m => (JsonObject)m.DeepClone(),
                var other => throw new NotebookFormatException($"{sourceName}: 'metadata' must be an object, found {Describe(other)}"),
            },
        };
        foreach (var (key, value) in top)
        {
            if (!NotebookFields.Contains(key)) notebook.Extra[key] = value?.DeepClone();
        }

        if (top["cells"] is not JsonArray cells)
            throw new NotebookFormatException($"{sourceName}: the notebook has no 'cells' array");
        for (int i = 0; i < cells.Count; i++)
        {
            notebook.Cells.Add(ReadCell(cells[i], $"{sourceName}: cell {i + 1}"));
        }
        return notebook;
    }

    private static NotebookCell ReadCell(JsonNode? node, string where)
    {
        if (node is not JsonObject obj)
            throw new NotebookFormatException($"{where}: a cell must be a JSON object, found {Describe(node)}");
        string typeName = obj["cell_type"] is JsonValue t && t.TryGetValue(out string? s)
            ? s
            : throw new NotebookFormatException($"{where}: missing 'cell_type'");
        var type = typeName switch
        {
            "code" => CellType.Code,
            "markdown" => CellType.Markdown,
            "raw" => CellType.Raw,
            _ => throw new NotebookFormatException($"{where}: unknown cell_type '{typeName}' (expected code, markdown or raw)"),
        };
        var cell = new NotebookCell(type, ReadMultiline(obj["source"], where, "source"))
        {
            Id = obj["id"] switch
            {
                null => null,
                JsonValue v when v.TryGetValue(out string? id) => id,
                var other => throw new NotebookFormatException($"{where}: 'id' must be a string, found {Describe(other)}"),
            },
            Metadata = obj["metadata"] switch
            {
                null => [],
                JsonObject m => (JsonObject)m.DeepClone(),
                var other => throw new NotebookFormatException($"{where}: 'metadata' must be an object, found {Describe(other)}"),
            },
            Attachments = obj["attachments"] switch
            {
                null => null,
                JsonObject a => (JsonObject)a.DeepClone(),
                var other => throw new NotebookFormatException($"{where}: 'attachments' must be an object, found {Describe(other)}"),
            },
        };
        if (type == CellType.Code)
        {
            cell.Outputs = obj["outputs"] switch
            {
                null => [],
                JsonArray o => (JsonArray)o.DeepClone(),
                var other => throw new NotebookFormatException($"{where}: 'outputs' must be an array, found {Describe(other)}"),
            };
            cell.ExecutionCount = obj["execution_count"] switch
            {
                null => null,
                JsonValue v when v.TryGetValue(out int count) => count,
                var other => throw new NotebookFormatException($"{where}: 'execution_count' must be an integer or null, found {Describe(other)}"),
            };
        }
        foreach (var (key, value) in obj)
        {
            bool known = CellFields.Contains(key) && !(type != CellType.Code && key is "outputs" or "execution_count");
            if (!known) cell.Extra[key] = value?.DeepClone();
        }
        return cell;
    }

    /// <summary>nbformat stores multi-line strings either as one string or as a list of lines that are joined.</summary>
    internal static string ReadMultiline(JsonNode? node, string where, string field)
    {
        switch (node)
        {
            case null:
                return "";
            case JsonValue v when v.TryGetValue(out string? text):
                return text;
            case JsonArray lines:
                var joined = new System.Text.StringBuilder();
                for (int i = 0; i < lines.Count; i++)
                {
                    if (lines[i] is JsonValue line && line.TryGetValue(out string? part)) joined.Append(part);
                    else throw new NotebookFormatException($"{where}: '{field}' line {i + 1} must be a string, found {Describe(lines[i])}");
                }
                return joined.ToString();
            default:
                throw new NotebookFormatException($"{where}: '{field}' must be a string or a list of strings, found {Describe(node)}");
        }
    }

    private static int RequireInt(JsonObject obj, string field, string sourceName, string what) =>
        obj[field] is JsonValue v && v.TryGetValue(out int value)
            ? value
            : throw new NotebookFormatException($"{sourceName}: {what} has no integer '{field}'; is this a Jupyter notebook?");

    private static string Describe(JsonNode? node) => node switch
    {
        null => "null",
        JsonObject => "an object",
        JsonArray => "an array",
        JsonValue v => v.GetValueKind() switch
        {
            JsonValueKind.String => "a string",
            JsonValueKind.Number => "a number",
            JsonValueKind.True or JsonValueKind.False => "a boolean",
            _ => "a value",
        },
        _ => "a value",
    };

    private static string FirstSentence(string message)
    {
        int cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        if (cut < 0) cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (cut > 0 ? message[..cut] : message).Trim();
    }
}
