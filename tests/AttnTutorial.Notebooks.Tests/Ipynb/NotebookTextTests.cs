using System.Text;
using AttnTutorial.Notebooks.Ipynb;

namespace AttnTutorial.Notebooks.Tests.Ipynb;

public class NotebookTextTests
{
    private const string Notebook = """
        {"nbformat": 4, "nbformat_minor": 5, "metadata": {},
         "cells": [{"cell_type": "code", "id": "a", "source": "// caf@ \uFFFD\nint x = 1;", "metadata": {}, "outputs": [], "execution_count": null}]}
        """;

    /// <summary>The notebook above with each '@' replaced by <paramref name="bad"/>, written to a file.</summary>
    private static string WriteWith(TempFolder folder, byte[] bad, bool byteOrderMark = false)
    {
        var bytes = new List<byte>();
        if (byteOrderMark) bytes.AddRange(Encoding.UTF8.Preamble.ToArray());
        foreach (byte b in Encoding.UTF8.GetBytes(Notebook))
        {
            if (b == (byte)'@') bytes.AddRange(bad);
            else bytes.Add(b);
        }
        string path = folder.File("latin1.ipynb");
        File.WriteAllBytes(path, [.. bytes]);
        return path;
    }

    [Fact]
    public void ReadFile_InvalidUtf8_WarnsNamingTheFileByteAndLine()
    {
        using var folder = new TempFolder();
        string path = WriteWith(folder, [0xE9]); // "café" saved as Latin-1
        var warnings = new List<string>();

        var notebook = IpynbReader.ReadFile(path, warnings);

        int offset = Encoding.UTF8.GetBytes(Notebook).AsSpan().IndexOf((byte)'@');
        Assert.Equal(
            $"{path}: invalid UTF-8 at byte {offset} (line 2); read as U+FFFD (\uFFFD). Save the notebook as UTF-8 to keep those characters.",
            Assert.Single(warnings));
        Assert.Equal("// caf\uFFFD \uFFFD\nint x = 1;", notebook.Cells[0].Source);
    }

    [Fact]
    public void ReadFile_SeveralInvalidSequences_CountsTheOthers()
    {
        using var folder = new TempFolder();
        string path = WriteWith(folder, [0xE9, (byte)'-', 0xFF]);
        var warnings = new List<string>();

        IpynbReader.ReadFile(path, warnings);

        Assert.Contains("(line 2) and 1 more place(s);", Assert.Single(warnings), StringComparison.Ordinal);
    }

    [Fact]
    public void ReadFile_ValidUtf8WithByteOrderMark_ReadsWithoutWarning()
    {
        using var folder = new TempFolder();
        string path = WriteWith(folder, Encoding.UTF8.GetBytes("é"), byteOrderMark: true);
        var warnings = new List<string>();

        var notebook = IpynbReader.ReadFile(path, warnings);

        Assert.Empty(warnings);
        Assert.Equal("// café \uFFFD\nint x = 1;", notebook.Cells[0].Source);
    }
}
