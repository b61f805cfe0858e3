using System.Text.Json.Nodes;

namespace AttnTutorial.Course.Tests.Clients;

/// <summary>
/// A chapter laid out as in a learner's checkout, for a host other than the course engine to run: a temporary folder with
/// <c>notebooks/</c> holding a copy of the chapter (with <c>quick = true</c> if asked), <c>data/</c> linked to the
/// repository's, and <c>src/AttnTutorial/bin/Release/net10.0/</c>, which the chapters' <c>#r</c> line names, linked to a
/// folder with the library and the patched TorchSharp shim (a test project's output). Relative paths in the chapter
/// resolve as in the checkout, and nothing is written into it. Deleted on dispose.
/// </summary>
internal sealed class CourseMirror : IDisposable
{
    private CourseMirror(string root, string notebook)
    {
        Root = root;
        Notebook = notebook;
    }

    /// <summary>The mirror's root folder.</summary>
    public string Root { get; }

    /// <summary>The full path of the chapter's copy.</summary>
    public string Notebook { get; }

    /// <summary>Mirrors <paramref name="notebook"/> (a path relative to the repository root) with the library in <paramref name="libraryFolder"/>.</summary>
    public static CourseMirror Create(string notebook, string libraryFolder, bool quick)
    {
        var root = Directory.CreateTempSubdirectory("attn-mirror-");
        string copy = Path.Combine(root.FullName, notebook);
        Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
        string ipynb = File.ReadAllText(RepoPaths.File(notebook));
        File.WriteAllText(copy, quick ? WithQuickTrue(ipynb, notebook) : ipynb);
        Directory.CreateSymbolicLink(Path.Combine(root.FullName, "data"), RepoPaths.File("data"));
        string release = Path.Combine(root.FullName, "src", "AttnTutorial", "bin", "Release");
        Directory.CreateDirectory(release);
        Directory.CreateSymbolicLink(Path.Combine(release, "net10.0"), libraryFolder.TrimEnd(Path.DirectorySeparatorChar));
        return new CourseMirror(root.FullName, copy);
    }

    /// <summary>The notebook with <c>bool quick = false;</c> in its <c>parameters</c> cell set to true (what the course engine's <c>-p quick=true</c> does).</summary>
    /// <exception cref="InvalidOperationException">The notebook has no such line in a cell tagged <c>parameters</c>.</exception>
    public static string WithQuickTrue(string ipynb, string name)
    {
        var notebook = JsonNode.Parse(ipynb)!.AsObject();
        var parameters = notebook["cells"]!.AsArray().FirstOrDefault(c => c!["metadata"]?["tags"] is JsonArray tags && tags.Any(t => t!.GetValue<string>() == "parameters"))
            ?? throw new InvalidOperationException($"{name} has no cell tagged 'parameters'");
        var lines = parameters["source"] is JsonArray array ? array.Select(l => l!.GetValue<string>()).ToList() : [parameters["source"]!.GetValue<string>()];
        int found = lines.FindIndex(l => l.StartsWith("bool quick = false;", StringComparison.Ordinal));
        if (found < 0) throw new InvalidOperationException($"{name}: its parameters cell has no line 'bool quick = false;'");
        lines[found] = "bool quick = true;" + lines[found]["bool quick = false;".Length..];
        parameters["source"] = new JsonArray(lines.Select(l => (JsonNode?)JsonValue.Create(l)).ToArray());
        return notebook.ToJsonString();
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
