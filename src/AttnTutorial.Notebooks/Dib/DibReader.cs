using System.Text.Json;
using System.Text.Json.Nodes;
using AttnTutorial.Notebooks.Directives;
using AttnTutorial.Notebooks.Ipynb;

namespace AttnTutorial.Notebooks.Dib;

/// <summary>
/// Reads Polyglot Notebooks' <c>.dib</c> text format: sections that start with a line <c>#!kernel</c> (<c>#!csharp</c>,
/// <c>#!markdown</c>, <c>#!fsharp</c>, ...), and an optional <c>#!meta</c> section holding the notebook's metadata as JSON.
/// A line naming no kernel, such as <c>#!time</c>, is a magic command and stays inside its cell.
/// </summary>
public static class DibReader
{
    /// <param name="warnings">Receives a warning naming the file when it holds bytes that are not valid UTF-8.</param>
    public static Notebook ReadFile(string path, ICollection<string>? warnings = null) => Read(NotebookText.ReadFile(path, warnings), path);

    /// <exception cref="NotebookFormatException">The <c>#!meta</c> section is not valid JSON.</exception>
    public static Notebook Read(string text, string sourceName = "<notebook.dib>")
    {
        string[] lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var kernels = new HashSet<string>(KernelNames.All, StringComparer.Ordinal);
        var notebook = new Notebook();
        string defaultKernel = KernelNames.CSharp;

        // The meta section, when present, names the kernels the file uses; read it first so its names split sections too.
        var sections = Split(lines, kernels);
        foreach (var section in sections.Where(s => s.Kernel == "meta"))
        {
            var meta = ParseMeta(section, sourceName);
            notebook.Metadata["polyglot_notebook"] = meta;
            if (meta["kernelInfo"]?["defaultKernelName"] is JsonValue d && d.TryGetValue(out string? name)) defaultKernel = name;
            if (meta["kernelInfo"]?["items"] is JsonArray items)
            {
                foreach (var item in items)
                {
                    if (item?["name"] is JsonValue n && n.TryGetValue(out string? kernel)) kernels.Add(kernel);
                    if (item?["aliases"] is JsonArray aliases)
                    {
                        foreach (var alias in aliases)
                        {
                            if (alias is JsonValue a && a.TryGetValue(out string? aliasName)) kernels.Add(aliasName.TrimStart('#', '!'));
                        }
                    }
                }
            }
            sections = Split(lines, kernels);
            break;
        }

        foreach (var section in sections)
        {
            if (section.Kernel == "meta") continue;
            string kernel = section.Kernel ?? defaultKernel;
            string source = string.Join('\n', section.Lines);
            if (section.Kernel is null && source.Length == 0) continue;
            if (KernelNames.IsMarkdown(kernel))
            {
                notebook.Cells.Add(new NotebookCell(CellType.Markdown, source));
            }
            else
            {
                var cell = new NotebookCell(CellType.Code, source);
                cell.Metadata["polyglot_notebook"] = new JsonObject { ["kernelName"] = kernel };
                notebook.Cells.Add(cell);
            }
        }
        return notebook;
    }

    private sealed record Section(string? Kernel, int FirstLine, List<string> Lines);

    private static List<Section> Split(string[] lines, HashSet<string> kernels)
    {
        var sections = new List<Section>();
        var current = new Section(null, 1, []);
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i].TrimEnd();
            if (line.StartsWith("#!", StringComparison.Ordinal) && kernels.Contains(line[2..]))
            {
                sections.Add(current);
                current = new Section(line[2..], i + 2, []);
            }
            else
            {
                current.Lines.Add(lines[i]);
            }
        }
        sections.Add(current);
        foreach (var section in sections) TrimBlankLines(section.Lines);
        return sections;
    }

    private static void TrimBlankLines(List<string> lines)
    {
        while (lines.Count > 0 && string.IsNullOrWhiteSpace(lines[0])) lines.RemoveAt(0);
        while (lines.Count > 0 && string.IsNullOrWhiteSpace(lines[^1])) lines.RemoveAt(lines.Count - 1);
    }

    private static JsonObject ParseMeta(Section section, string sourceName)
    {
        string json = string.Join('\n', section.Lines);
        try
        {
            return JsonNode.Parse(json) as JsonObject
                   ?? throw new NotebookFormatException($"{sourceName}: the #!meta section (line {section.FirstLine}) must hold a JSON object");
        }
        catch (JsonException e)
        {
            throw new NotebookFormatException(
                $"{sourceName}: the #!meta section (line {section.FirstLine}) is not valid JSON at its line {(e.LineNumber ?? 0) + 1}: {e.Message}", e);
        }
    }
}
