using AttnTutorial.Notebooks.Ipynb;
using AttnTutorial.Notebooks.Rendering;
using AttnTutorial.TestSupport;

namespace AttnTutorial.Notebooks.Tests.Rendering;

/// <summary>
/// The instructor's book of the real course, rendered once for the browser tests into artifacts/test-book/ (kept for a
/// person to look at). The notebooks are rendered as they are in the repository, without outputs: the math, the
/// sections and the words the tests look for are all in the markdown and the code. With its print page (print.html), so the
/// ids and links of the whole course on one page are checked too.
/// </summary>
public sealed class CourseBookFixture
{
    public CourseBookFixture()
    {
        Folder = Path.Combine(RepoPaths.Root, "artifacts", "test-book");
        if (Directory.Exists(Folder)) Directory.Delete(Folder, recursive: true);
        var chapters = Directory.GetFiles(RepoPaths.CourseNotebooks, "*.ipynb").Order(StringComparer.Ordinal)
            .Select(path => new BookChapter(Path.GetFileName(path), IpynbReader.ReadFile(path), SourcePath: path))
            .Concat(Directory.GetFiles(Path.Combine(RepoPaths.CourseNotebooks, "solutions"), "*.ipynb").Order(StringComparer.Ordinal)
                .Select(path => new BookChapter("solutions-" + Path.GetFileName(path), IpynbReader.ReadFile(path), Appendix: true, SourcePath: path)))
            .ToList();
        Chapters = chapters;
        Result = new BookRenderer(new BookOptions { PrintPage = true }).Render(chapters, Folder);
    }

    public string Folder { get; }

    public IReadOnlyList<BookChapter> Chapters { get; }

    public BookRenderResult Result { get; }

    public string Url(string page) => new Uri(Path.Combine(Folder, page)).AbsoluteUri;
}
