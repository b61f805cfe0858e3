using System.Text.Json.Nodes;

namespace AttnTutorial.Notebooks.Ipynb;

/// <summary>
/// An nbformat 4 notebook in memory. Top-level fields nbformat does not define are kept in <see cref="Extra"/>,
/// and metadata is kept as JSON, so reading and writing a notebook loses nothing.
/// </summary>
public sealed class Notebook
{
    /// <summary>The major format version; only 4 is read.</summary>
    public int Format { get; set; } = 4;

    /// <summary>The minor format version; the writer writes at least 5 (cell ids).</summary>
    public int FormatMinor { get; set; } = 5;

    public JsonObject Metadata { get; set; } = [];

    public List<NotebookCell> Cells { get; set; } = [];

    /// <summary>Properties of the notebook object that nbformat does not define.</summary>
    public JsonObject Extra { get; set; } = [];

    /// <summary>
    /// The notebook's default kernel language: Polyglot's <c>metadata.polyglot_notebook.kernelInfo.defaultKernelName</c>,
    /// else <c>metadata.kernelspec.language</c>, else <c>metadata.language_info.name</c>; null when none is given.
    /// </summary>
    public string? DefaultLanguage =>
        (Metadata["polyglot_notebook"]?["kernelInfo"]?["defaultKernelName"]
         ?? Metadata["kernelspec"]?["language"]
         ?? Metadata["language_info"]?["name"]) is JsonValue v && v.TryGetValue(out string? language)
            ? language
            : null;

    /// <summary>True when any code cell has an execution count or outputs, i.e. the notebook has been run.</summary>
    public bool IsExecuted => Cells.Any(c => c.Type == CellType.Code && (c.ExecutionCount is not null || c.Outputs.Count > 0));

    /// <summary>The text of the first level-1 markdown heading, or null.</summary>
    public string? Title =>
        Cells.Where(c => c.Type == CellType.Markdown)
            .SelectMany(c => c.Source.Split('\n'))
            .Select(line => line.TrimEnd('\r'))
            .FirstOrDefault(line => line.StartsWith("# ", StringComparison.Ordinal))?[2..].Trim();

    /// <summary>A deep copy; the copy shares no JSON nodes with this notebook.</summary>
    public Notebook Clone() => new()
    {
        Format = Format,
        FormatMinor = FormatMinor,
        Metadata = (JsonObject)Metadata.DeepClone(),
        Cells = Cells.Select(c => c.Clone()).ToList(),
        Extra = (JsonObject)Extra.DeepClone(),
    };
}
