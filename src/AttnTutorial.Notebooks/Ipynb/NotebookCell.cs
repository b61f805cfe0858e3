using System.Text.Json.Nodes;

namespace AttnTutorial.Notebooks.Ipynb;

/// <summary>
/// One cell of a notebook. Fields nbformat defines are properties; anything else the file carried on the cell
/// is kept in <see cref="Extra"/> and written back unchanged.
/// </summary>
public sealed class NotebookCell
{
    public NotebookCell(CellType type, string source)
    {
        Type = type;
        Source = source;
    }

    public CellType Type { get; set; }

    /// <summary>The cell's id (nbformat 4.5); null when the file predates ids. The writer fills in missing ids.</summary>
    public string? Id { get; set; }

    /// <summary>The source as one string; the file stores it as a list of lines.</summary>
    public string Source { get; set; }

    public JsonObject Metadata { get; set; } = [];

    /// <summary>Code cells only: the Jupyter output objects (stream, display_data, execute_result, error), as stored.</summary>
    public JsonArray Outputs { get; set; } = [];

    /// <summary>Code cells only: the execution count, or null when the cell has not run.</summary>
    public int? ExecutionCount { get; set; }

    /// <summary>Markdown and raw cells: inline attachments, as stored; null when absent.</summary>
    public JsonObject? Attachments { get; set; }

    /// <summary>Properties of the cell object that nbformat does not define; kept for a lossless round trip.</summary>
    public JsonObject Extra { get; set; } = [];

    /// <summary>The cell's tags (<c>metadata.tags</c>), e.g. <c>parameters</c>.</summary>
    public IReadOnlyList<string> Tags =>
        Metadata["tags"] is JsonArray tags
            ? tags.Select(t => t is JsonValue v && v.TryGetValue(out string? s) ? s : null).OfType<string>().ToList()
            : [];

    public bool HasTag(string tag) => Tags.Contains(tag, StringComparer.Ordinal);

    /// <summary>
    /// The kernel language Polyglot Notebooks recorded for the cell (<c>metadata.dotnet_interactive.language</c> or
    /// <c>metadata.polyglot_notebook.kernelName</c>), or null when the cell does not say.
    /// </summary>
    public string? Language =>
        (Metadata["polyglot_notebook"]?["kernelName"] ?? Metadata["dotnet_interactive"]?["language"]) is JsonValue v
        && v.TryGetValue(out string? language) ? language : null;

    /// <summary>A deep copy; the copy shares no JSON nodes with this cell.</summary>
    public NotebookCell Clone() => new(Type, Source)
    {
        Id = Id,
        Metadata = (JsonObject)Metadata.DeepClone(),
        Outputs = (JsonArray)Outputs.DeepClone(),
        ExecutionCount = ExecutionCount,
        Attachments = (JsonObject?)Attachments?.DeepClone(),
        Extra = (JsonObject)Extra.DeepClone(),
    };
}
