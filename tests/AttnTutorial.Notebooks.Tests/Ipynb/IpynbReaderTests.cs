using AttnTutorial.Notebooks.Ipynb;

namespace AttnTutorial.Notebooks.Tests.Ipynb;

public class IpynbReaderTests
{
    [Fact]
    public void ReadFile_RealNbformatFile_ReadsCellsSourcesAndUnknownMetadata()
    {
        var notebook = IpynbReader.ReadFile(RepoPaths.File("tests", "AttnTutorial.Notebooks.Tests", "TestData", "roundtrip-nbformat-4.5.ipynb"));

        Assert.Equal(4, notebook.Cells.Count);
        Assert.Equal([CellType.Markdown, CellType.Code, CellType.Raw, CellType.Code], notebook.Cells.Select(c => c.Type));
        Assert.Equal("var x = 1;\nx + 1", notebook.Cells[1].Source);
        Assert.Equal(3, notebook.Cells[1].ExecutionCount);
        Assert.Equal(4, notebook.Cells[1].Outputs.Count);
        Assert.Equal("csharp", notebook.Cells[1].Language);
        Assert.Equal(42, (int)notebook.Metadata["custom_tool"]!["seed"]!);
        Assert.Equal("C#", notebook.Metadata["kernelspec"]!["language"]!.GetValue<string>());
        Assert.NotNull(notebook.Cells[0].Attachments);
        Assert.Equal("Round trip ✓", notebook.Title);
    }

    [Fact]
    public void Read_SourceAsOneString_IsAccepted()
    {
        const string json = """{"nbformat": 4, "nbformat_minor": 4, "metadata": {}, "cells": [{"cell_type": "code", "source": "1 + 1", "metadata": {}, "outputs": [], "execution_count": null}]}""";

        var notebook = IpynbReader.Read(json);

        Assert.Equal("1 + 1", notebook.Cells.Single().Source);
        Assert.Null(notebook.Cells.Single().Id);
    }

    [Fact]
    public void Read_MalformedJson_NamesFileLineAndColumn()
    {
        const string json = "{\n  \"nbformat\": 4,\n  \"cells\": [ }\n}";

        var e = Assert.Throws<NotebookFormatException>(() => IpynbReader.Read(json, "broken.ipynb"));

        Assert.StartsWith("broken.ipynb: invalid JSON at line 3, column ", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_CellWithoutCellType_NamesTheCell()
    {
        const string json = """{"nbformat": 4, "nbformat_minor": 5, "metadata": {}, "cells": [{"cell_type": "markdown", "source": "", "metadata": {}}, {"source": "x"}]}""";

        var e = Assert.Throws<NotebookFormatException>(() => IpynbReader.Read(json, "nb.ipynb"));

        Assert.Equal("nb.ipynb: cell 2: missing 'cell_type'", e.Message);
    }

    [Fact]
    public void Read_Nbformat3_IsRejectedWithAReason()
    {
        var e = Assert.Throws<NotebookFormatException>(() => IpynbReader.Read("""{"nbformat": 3, "nbformat_minor": 0, "worksheets": []}""", "old.ipynb"));

        Assert.Contains("nbformat 3 is not supported", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_SourceLineNotAString_NamesCellAndLine()
    {
        const string json = """{"nbformat": 4, "nbformat_minor": 5, "metadata": {}, "cells": [{"cell_type": "code", "source": ["a\n", 5], "metadata": {}, "outputs": []}]}""";

        var e = Assert.Throws<NotebookFormatException>(() => IpynbReader.Read(json, "nb.ipynb"));

        Assert.Equal("nb.ipynb: cell 1: 'source' line 2 must be a string, found a number", e.Message);
    }
}
