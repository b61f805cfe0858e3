using System.Text.Json.Nodes;
using AttnTutorial.IO;

namespace AttnTutorial.Notebooks.Ipynb;

/// <summary>
/// Writes nbformat 4.5 notebooks: sources and text outputs as lists of lines, sorted keys, one-space indent, as
/// Jupyter writes them. Cells without an id get a fresh one; everything else is written as it was read.
/// </summary>
public static class IpynbWriter
{
    /// <summary>Writes <paramref name="notebook"/> to <paramref name="path"/> through a temporary file and a rename.</summary>
    public static void WriteFile(Notebook notebook, string path) => AtomicFile.WriteAllText(path, Write(notebook));

    public static string Write(Notebook notebook)
    {
        var root = new JsonObject();
        foreach (var (key, value) in notebook.Extra) root[key] = value?.DeepClone();
        var cells = new JsonArray();
        var usedIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var cell in notebook.Cells)
        {
            cells.Add(WriteCell(cell, usedIds));
        }
        root["cells"] = cells;
        root["metadata"] = notebook.Metadata.DeepClone();
        root["nbformat"] = 4;
        root["nbformat_minor"] = Math.Max(notebook.FormatMinor, 5);
        return PythonStyleJson.Serialize(root) + "\n";
    }

    private static JsonObject WriteCell(NotebookCell cell, HashSet<string> usedIds)
    {
        var obj = new JsonObject();
        foreach (var (key, value) in cell.Extra) obj[key] = value?.DeepClone();
        obj["cell_type"] = cell.Type switch
        {
            CellType.Code => "code",
            CellType.Markdown => "markdown",
            _ => "raw",
        };
        string id = cell.Id is { Length: > 0 } existing && !usedIds.Contains(existing) ? existing : NewId(usedIds);
        usedIds.Add(id);
        obj["id"] = id;
        obj["metadata"] = cell.Metadata.DeepClone();
        obj["source"] = SplitLines(cell.Source);
        if (cell.Type == CellType.Code)
        {
            obj["execution_count"] = cell.ExecutionCount;
            obj["outputs"] = cell.Outputs.DeepClone();
        }
        else if (cell.Attachments is not null)
        {
            obj["attachments"] = cell.Attachments.DeepClone();
        }
        return obj;
    }

    /// <summary>Splits text into lines that keep their line endings, as nbformat stores multi-line strings.</summary>
    public static JsonArray SplitLines(string text)
    {
        var lines = new JsonArray();
        int start = 0;
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                lines.Add(text[start..(i + 1)]);
                start = i + 1;
            }
        }
        if (start < text.Length) lines.Add(text[start..]);
        return lines;
    }

    private static string NewId(HashSet<string> usedIds)
    {
        string id;
        do id = Guid.NewGuid().ToString("N")[..8];
        while (usedIds.Contains(id));
        return id;
    }
}
