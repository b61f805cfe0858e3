using System.Text.Json.Nodes;
using AttnTutorial.Notebooks.Ipynb;

namespace AttnTutorial.Notebooks.Tests.Ipynb;

public class IpynbWriterTests
{
    private static readonly string Sample = RepoPaths.File("tests", "AttnTutorial.Notebooks.Tests", "TestData", "roundtrip-nbformat-4.5.ipynb");

    [Fact]
    public void Write_ReadOfNbformatFile_IsByteIdentical()
    {
        string original = File.ReadAllText(Sample);

        string written = IpynbWriter.Write(IpynbReader.Read(original, Sample));

        Assert.Equal(original, written);
    }

    [Fact]
    public void Write_UnknownTopLevelAndCellFields_Survive()
    {
        const string json = """{"nbformat": 4, "nbformat_minor": 5, "metadata": {"x": [1, 2.50, {"y": null}]}, "extra_top": "kept", "cells": [{"cell_type": "markdown", "id": "a1", "source": "hi", "metadata": {}, "vendor_field": {"z": true}}]}""";

        var again = JsonNode.Parse(IpynbWriter.Write(IpynbReader.Read(json)))!;

        Assert.Equal("kept", (string?)again["extra_top"]);
        Assert.Equal(true, (bool?)again["cells"]![0]!["vendor_field"]!["z"]);
        Assert.Equal("[1,2.50,{\"y\":null}]", again["metadata"]!["x"]!.ToJsonString());
    }

    [Fact]
    public void Write_CellsWithoutIds_GetUniqueIdsAndMinor5()
    {
        var notebook = new Notebook { FormatMinor = 4 };
        notebook.Cells.Add(new NotebookCell(CellType.Code, "1"));
        notebook.Cells.Add(new NotebookCell(CellType.Code, "2") { Id = "same" });
        notebook.Cells.Add(new NotebookCell(CellType.Code, "3") { Id = "same" });

        var written = JsonNode.Parse(IpynbWriter.Write(notebook))!;

        var ids = written["cells"]!.AsArray().Select(c => (string)c!["id"]!).ToList();
        Assert.Equal(3, ids.Distinct().Count());
        Assert.Equal("same", ids[1]);
        Assert.Equal(5, (int)written["nbformat_minor"]!);
    }

    [Fact]
    public void SplitLines_KeepsLineEndings()
    {
        Assert.Equal("[\"a\\n\",\"\\n\",\"b\"]", IpynbWriter.SplitLines("a\n\nb").ToJsonString());
        Assert.Equal("[]", IpynbWriter.SplitLines("").ToJsonString());
    }

    [Fact]
    public void WriteFile_ReplacesExistingFileAndLeavesNoTemporaryFile()
    {
        using var folder = new TempFolder();
        string path = folder.File("out.ipynb");
        File.WriteAllText(path, "old");

        IpynbWriter.WriteFile(IpynbReader.ReadFile(Sample), path);

        Assert.Equal(File.ReadAllText(Sample), File.ReadAllText(path));
        Assert.Equal(["out.ipynb"], Directory.GetFiles(folder.Path).Select(Path.GetFileName));
    }

    [NbformatFact]
    public void Write_MatchesWhatJupyterWritesForTheSameNotebook()
    {
        using var folder = new TempFolder();
        string path = folder.File("nb.ipynb");
        IpynbWriter.WriteFile(IpynbReader.ReadFile(Path.Combine(RepoPaths.TestNotebooks, "01-tensors.ipynb")), path);

        Assert.Null(PythonNbformat.Validate(path));
        Assert.Equal(PythonNbformat.Rewrite(path), File.ReadAllText(path));
    }
}
