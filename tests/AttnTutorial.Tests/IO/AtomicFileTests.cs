using System.Text;
using AttnTutorial.IO;
using AttnTutorial.TestSupport;

namespace AttnTutorial.Tests.IO;

// src/Shared/AtomicFile.cs is compiled into the library as an internal type; InternalsVisibleTo lets these tests reach it.
public sealed class AtomicFileTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string PathOf(string name) => _folder.File(name);

    // Everything in the test folder, relative to it: a temp file left behind shows up here.
    private string[] Entries() =>
        Directory.EnumerateFileSystemEntries(_folder.Path, "*", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(_folder.Path, p))
            .Order(StringComparer.Ordinal)
            .ToArray();

    [Fact]
    public void Write_NewFile_HasExactlyTheBytesWrittenAndNothingElseIsLeft()
    {
        string path = PathOf("model.bin");
        byte[] bytes = [0, 1, 2, 254, 255];

        AtomicFile.Write(path, stream => stream.Write(bytes));

        Assert.Equal(bytes, File.ReadAllBytes(path));
        Assert.Equal(["model.bin"], Entries());
    }

    [Fact]
    public void Write_ExistingLongerFile_IsReplacedWholeWithNoOldTail()
    {
        string path = PathOf("notes.txt");
        File.WriteAllText(path, "the old content, much longer than the new one");

        AtomicFile.Write(path, stream => stream.Write("new"u8));

        Assert.Equal("new", File.ReadAllText(path));
        Assert.Equal(["notes.txt"], Entries());
    }

    [Fact]
    public void Write_WhileTheWriterRuns_TheTargetStillHoldsTheOldContent()
    {
        string path = PathOf("book.html");
        File.WriteAllText(path, "old");
        string? seenDuringWrite = null;

        AtomicFile.Write(path, stream =>
        {
            stream.Write("new, half"u8);
            stream.Flush();
            seenDuringWrite = File.ReadAllText(path);
            stream.Write(" and the rest"u8);
        });

        Assert.Equal("old", seenDuringWrite);
        Assert.Equal("new, half and the rest", File.ReadAllText(path));
    }

    [Fact]
    public void Write_TheTemporaryFileIsBesideTheTarget_SoTheRenameStaysOnOneFileSystem()
    {
        string path = PathOf("sub/chart.html");
        string? tempFolder = null;

        AtomicFile.Write(path, stream => tempFolder = Path.GetDirectoryName(Assert.IsType<FileStream>(stream).Name));

        Assert.Equal(Path.GetDirectoryName(path), tempFolder);
    }

    [Fact]
    public void Write_WriterThrows_OldFileUnchangedNoTempLeftAndTheSameExceptionSurfaces()
    {
        string path = PathOf("summary.json");
        File.WriteAllText(path, "{\"old\": true}");
        var failure = new InvalidOperationException("the writer failed half way");

        var thrown = Assert.Throws<InvalidOperationException>(() => AtomicFile.Write(path, stream =>
        {
            stream.Write("{\"new\": tr"u8);
            throw failure;
        }));

        Assert.Same(failure, thrown);
        Assert.Equal("{\"old\": true}", File.ReadAllText(path));
        Assert.Equal(["summary.json"], Entries());
    }

    [Fact]
    public void Write_WriterThrowsForANewFile_NoFileAndNoTempLeft()
    {
        Assert.Throws<IOException>(() => AtomicFile.Write(PathOf("never.bin"), _ => throw new IOException("disk full")));

        Assert.Empty(Entries());
    }

    [Fact]
    public void Write_MissingFolders_AreCreated()
    {
        string path = PathOf("artifacts/models/seed.model");

        AtomicFile.Write(path, stream => stream.Write("weights"u8));

        Assert.Equal("weights", File.ReadAllText(path));
    }

    [Fact]
    public void Write_FolderBlockedByAFile_ThrowsNamingTheTargetAndWritesNothing()
    {
        File.WriteAllText(PathOf("artifacts"), "a file where a folder should be");
        string path = PathOf("artifacts/models/seed.model");
        bool writerRan = false;

        var error = Assert.ThrowsAny<IOException>(() => AtomicFile.Write(path, _ => writerRan = true));

        Assert.Equal($"Cannot write {path}: {PathOf("artifacts")} is a file, not a folder.", error.Message);
        Assert.False(writerRan);
        Assert.Equal(["artifacts"], Entries());
    }

    [Fact]
    public void Write_TargetIsAFolder_ThrowsNamingItAndLeavesTheFolderAndNoTemp()
    {
        string path = PathOf("book");
        Directory.CreateDirectory(path);
        File.WriteAllText(Path.Combine(path, "index.html"), "kept");

        var error = Assert.ThrowsAny<IOException>(() => AtomicFile.Write(path, stream => stream.Write("x"u8)));

        Assert.Contains(path, error.Message);
        Assert.Equal("kept", File.ReadAllText(Path.Combine(path, "index.html")));
        Assert.Equal(["book", Path.Combine("book", "index.html")], Entries());
    }

    [Fact]
    public void WriteAllText_NonAsciiText_IsUtf8WithoutAByteOrderMark()
    {
        string path = PathOf("chapter.ipynb");
        const string text = "softmax: α = e^s / Σ e^s ⊙ σ\n";

        AtomicFile.WriteAllText(path, text);

        Assert.Equal(new UTF8Encoding(false).GetBytes(text), File.ReadAllBytes(path));
    }

    [Fact]
    public void WriteAllText_ExistingFile_IsReplacedAndNothingElseIsLeft()
    {
        string path = PathOf("chapter.ipynb");
        File.WriteAllText(path, "an older and longer version of the notebook");

        AtomicFile.WriteAllText(path, "{}\n");

        Assert.Equal("{}\n", File.ReadAllText(path));
        Assert.Equal(["chapter.ipynb"], Entries());
    }
}
