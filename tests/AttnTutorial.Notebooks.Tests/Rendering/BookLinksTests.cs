using AttnTutorial.Notebooks.Ipynb;
using AttnTutorial.Notebooks.Rendering;
using AttnTutorial.TestSupport;

namespace AttnTutorial.Notebooks.Tests.Rendering;

public sealed class BookLinksTests : IDisposable
{
    private readonly TempFolder _checkout = new();
    private readonly BookChapter _chapter;
    private readonly BookChapter _solution;
    private readonly BookLinks _links;

    public BookLinksTests()
    {
        Directory.CreateDirectory(_checkout.File(".git"));
        Directory.CreateDirectory(_checkout.File("notebooks/solutions"));
        _chapter = new BookChapter("05-training.ipynb", new Notebook(), SourcePath: _checkout.File("notebooks/05-training.ipynb"));
        _solution = new BookChapter("solutions-05-training.ipynb", new Notebook(), Appendix: true, SourcePath: _checkout.File("notebooks/solutions/05-training.ipynb"));
        _links = new BookLinks([_chapter, _solution], new BookOptions { RepositoryUrl = "https://github.com/attntutorial/attntutorial" });
    }

    public void Dispose() => _checkout.Dispose();

    [Theory]
    [InlineData("05-training.ipynb", "05-training.html")]
    [InlineData("05-training.ipynb#the-loss", "05-training.html#the-loss")]
    [InlineData("solutions/05-training.ipynb", "solutions-05-training.html")]
    [InlineData("06-evaluation.ipynb", "https://github.com/attntutorial/attntutorial/blob/main/notebooks/06-evaluation.ipynb")]
    [InlineData("../README.md", "https://github.com/attntutorial/attntutorial/blob/main/README.md")]
    [InlineData("solutions/", "https://github.com/attntutorial/attntutorial/tree/main/notebooks/solutions")]
    [InlineData("https://example.org/paper.pdf", "https://example.org/paper.pdf")]
    [InlineData("#summary", "#summary")]
    public void Rewrite_FromAChapter(string written, string expected) => Assert.Equal(expected, _links.Rewrite(_chapter, written));

    [Fact]
    public void Rewrite_FromASolution_ReachesItsChapterPage() => Assert.Equal("05-training.html", _links.Rewrite(_solution, "../05-training.ipynb"));

    [Fact]
    public void SourceUrl_IsTheFileInTheRepository() =>
        Assert.Equal("https://github.com/attntutorial/attntutorial/blob/main/notebooks/solutions/05-training.ipynb", _links.SourceUrl(_solution));

    [Fact]
    public void SourceUrl_OutsideAGitCheckoutOrWithoutARepository_IsNull()
    {
        using var loose = new TempFolder();
        var chapter = new BookChapter("01.ipynb", new Notebook(), SourcePath: loose.File("01.ipynb"));

        Assert.Null(new BookLinks([chapter], new BookOptions()).SourceUrl(chapter));
        Assert.Null(new BookLinks([_chapter], new BookOptions { RepositoryUrl = null }).SourceUrl(_chapter));
    }

    [Fact]
    public void BuiltRepositoryUrl_IsTheOneTheReadmeBadgeOpens()
    {
        string readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md"));

        Assert.Equal("https://github.com/attntutorial/attntutorial", BookOptions.BuiltRepositoryUrl);
        Assert.Contains("codespaces.new/attntutorial/attntutorial", readme, StringComparison.Ordinal);
    }
}
