using AttnTutorial.Notebooks.Dib;
using AttnTutorial.Notebooks.Ipynb;

namespace AttnTutorial.Notebooks.Tests.Dib;

public class DibReaderTests
{
    private const string Sample = """
        #!meta

        {"kernelInfo":{"defaultKernelName":"csharp","items":[{"aliases":[],"name":"csharp"},{"aliases":["mine"],"name":"custom"}]}}

        #!markdown

        # Title

        Some text.

        #!csharp

        #!time
        var x = 1;
        x

        #!fsharp

        let y = 2

        #!mine

        whatever
        """;

    [Fact]
    public void Read_SplitsSectionsByKernelAndKeepsMagicCommandsInCells()
    {
        var notebook = DibReader.Read(Sample);

        Assert.Equal([CellType.Markdown, CellType.Code, CellType.Code, CellType.Code], notebook.Cells.Select(c => c.Type));
        Assert.Equal("# Title\n\nSome text.", notebook.Cells[0].Source);
        Assert.Equal("#!time\nvar x = 1;\nx", notebook.Cells[1].Source);
        Assert.Equal("csharp", notebook.Cells[1].Language);
        Assert.Equal("fsharp", notebook.Cells[2].Language);
        Assert.Equal("mine", notebook.Cells[3].Language);
        Assert.Equal("csharp", notebook.DefaultLanguage);
        Assert.Equal("Title", notebook.Title);
    }

    [Fact]
    public void Read_TextBeforeAnySection_IsACellOfTheDefaultKernel()
    {
        var notebook = DibReader.Read("Console.WriteLine(1);\n\n#!markdown\n\nhi");

        Assert.Equal(CellType.Code, notebook.Cells[0].Type);
        Assert.Equal("csharp", notebook.Cells[0].Language);
        Assert.Equal("Console.WriteLine(1);", notebook.Cells[0].Source);
    }

    [Fact]
    public void Read_BadMeta_NamesFileAndLine()
    {
        var e = Assert.Throws<NotebookFormatException>(() => DibReader.Read("#!meta\n\n{not json\n\n#!csharp\n1", "x.dib"));

        Assert.StartsWith("x.dib: the #!meta section (line 2) is not valid JSON", e.Message, StringComparison.Ordinal);
    }
}
