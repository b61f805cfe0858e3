using System.Text;
using AttnTutorial.IO;
using AttnTutorial.Notebooks.Ipynb;

namespace AttnTutorial.Notebooks.Rendering;

/// <summary>
/// Writes an offline HTML book: <c>index.html</c>, one page per chapter (markdown with math typeset by KaTeX at render
/// time, highlighted code, outputs), a sidebar with every chapter and its sections, previous/next links, a search box,
/// the notebooks for download, and the shared files once in <c>assets/</c> (plotly.js, KaTeX's stylesheet and fonts,
/// MiniSearch and its index). Nothing is loaded from the network, so the folder works as a handout.
/// </summary>
public sealed class BookRenderer
{
    /// <exception cref="ArgumentException">An option is out of range (see <see cref="BookOptions.Validate"/>).</exception>
    public BookRenderer(BookOptions? options = null)
    {
        Options = options ?? new BookOptions();
        Options.Validate();
    }

    public BookOptions Options { get; }

    /// <summary>Writes the book into <paramref name="outputDirectory"/>.</summary>
    public BookRenderResult Render(IReadOnlyList<BookChapter> chapters, string outputDirectory)
    {
        var links = new BookLinks(chapters, Options);
        // Only a book with a print page needs the print page's copy of each chapter (ChapterContent.PrintHtml).
        var printAnchors = Options.PrintPage ? new PrintAnchors(chapters) : null;
        List<ChapterContent> book;
        using (var katex = new KatexRenderer())
        {
            var renderer = new ChapterContentRenderer(katex, links, printAnchors);
            book = chapters.Select(renderer.Render).ToList();
        }

        Directory.CreateDirectory(outputDirectory);
        var written = new List<string>();
        void Write(string name, string html)
        {
            string path = Path.Combine(outputDirectory, name);
            AtomicFile.WriteAllText(path, html);
            written.Add(path);
        }
        Write("index.html", IndexPage(book));
        for (int i = 0; i < book.Count; i++) Write(book[i].Chapter.PageName, ChapterPage(book, i, links));
        foreach (var chapter in chapters) written.Add(WriteDownload(chapter, outputDirectory));
        string? print = null;
        if (printAnchors is not null)
        {
            Write("print.html", PrintPage(book, printAnchors));
            print = written[^1];
        }
        written.AddRange(BookAssets.Write(outputDirectory, SearchIndexBuilder.Script(book)));
        return new BookRenderResult(written, book.SelectMany(c => c.Warnings).ToList(), print);
    }

    private string IndexPage(List<ChapterContent> book)
    {
        var main = new StringBuilder();
        main.Append("<h1>").Append(Encode(Options.Title)).Append("</h1>\n");
        AppendContents(main, book, page => page);
        if (Options.PrintPage) main.Append("<p class=\"print-link\"><a href=\"print.html\">The whole book on one page, for printing</a></p>\n");
        return Page(Options.Title, BookSidebar.Html(Options.Title, book, current: null), main.ToString(), withPlotly: false);
    }

    /// <summary>The chapters, then the worked solutions (if any) after an appendix heading.</summary>
    /// <param name="href">Where a link to a chapter's page leads from this page.</param>
    private static void AppendContents(StringBuilder html, List<ChapterContent> book, Func<string, string> href)
    {
        AppendList(html, book.Where(c => !c.Chapter.Appendix), href);
        if (book.Any(c => c.Chapter.Appendix))
        {
            html.Append("<h2>Appendix · worked solutions (for instructors)</h2>\n");
            AppendList(html, book.Where(c => c.Chapter.Appendix), href);
        }
    }

    private static void AppendList(StringBuilder html, IEnumerable<ChapterContent> chapters, Func<string, string> href)
    {
        html.Append("<ol class=\"chapters\">\n");
        foreach (var content in chapters)
        {
            html.Append("<li><a href=\"").Append(Encode(href(content.Chapter.PageName))).Append("\">").Append(Encode(content.Chapter.Title)).Append("</a>");
            if (content.Chapter.Error is not null) html.Append(" <span class=\"failed\">(the run stopped with an error)</span>");
            html.Append("</li>\n");
        }
        html.Append("</ol>\n");
    }

    private string ChapterPage(List<ChapterContent> book, int index, BookLinks links)
    {
        var content = book[index];
        var chapter = content.Chapter;
        var main = new StringBuilder();
        main.Append("<p class=\"chapter-links\"><a href=\"").Append(Encode(chapter.DownloadName)).Append("\" download>Download this notebook</a>");
        if (links.SourceUrl(chapter) is { } source) main.Append(" · <a href=\"").Append(Encode(source)).Append("\">Source in the repository</a>");
        if (Counterpart(book, chapter) is { } other)
        {
            main.Append(" · <a class=\"").Append(chapter.Appendix ? "chapter-link" : "solution-link").Append("\" href=\"").Append(Encode(other.PageName)).Append("\">")
                .Append(chapter.Appendix ? "Back to the chapter" : "Worked solution").Append("</a>");
        }
        main.Append("</p>\n").Append(content.Html);

        main.Append("<nav class=\"pager\" aria-label=\"Previous and next chapter\">");
        main.Append(index > 0
            ? $"<a class=\"prev\" rel=\"prev\" href=\"{Encode(book[index - 1].Chapter.PageName)}\">← {Encode(book[index - 1].Chapter.Title)}</a>"
            : "<a class=\"prev\" rel=\"prev\" href=\"index.html\">← Contents</a>");
        main.Append(index + 1 < book.Count
            ? $"<a class=\"next\" rel=\"next\" href=\"{Encode(book[index + 1].Chapter.PageName)}\">{Encode(book[index + 1].Chapter.Title)} →</a>"
            : "<span></span>");
        main.Append("</nav>\n");
        return Page($"{chapter.Title} · {Options.Title}", BookSidebar.Html(Options.Title, book, chapter), main.ToString(), content.UsesPlotly);
    }

    /// <summary>A chapter's worked solution, or a solution's chapter: the notebook of the same file name on the other side.</summary>
    private static BookChapter? Counterpart(List<ChapterContent> book, BookChapter chapter)
    {
        string name = Path.GetFileName(chapter.SourcePath ?? chapter.FileName);
        return book.Select(c => c.Chapter).FirstOrDefault(c => c.Appendix != chapter.Appendix
            && string.Equals(Path.GetFileName(c.SourcePath ?? c.FileName), name, StringComparison.Ordinal));
    }

    /// <summary>
    /// Every chapter on one page for printing (the PDF handout): a title page with the contents, then a page break before
    /// each chapter. Ids and in-book links are the print page's own (<see cref="PrintAnchors"/>): the contents and links
    /// between chapters lead to places on this page.
    /// </summary>
    private string PrintPage(List<ChapterContent> book, PrintAnchors anchors)
    {
        var main = new StringBuilder();
        main.Append("<section class=\"title-page\"><h1>").Append(Encode(Options.Title)).Append("</h1>\n");
        AppendContents(main, book, anchors.Href);
        main.Append("</section>\n");
        foreach (var content in book)
        {
            main.Append("<article class=\"chapter\" id=\"").Append(Encode(PrintAnchors.ChapterId(content.Chapter))).Append("\">\n")
                .Append(content.PrintHtml).Append("</article>\n");
        }
        return Page(Options.Title, sidebar: "", main.ToString(), book.Any(c => c.UsesPlotly), bodyClass: "print");
    }

    private static string Page(string title, string sidebar, string main, bool withPlotly, string bodyClass = "book")
    {
        var page = new StringBuilder();
        page.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(Encode(title)).Append("</title>\n")
            .Append("<link rel=\"stylesheet\" href=\"").Append(BookAssets.KatexCss).Append("\">\n")
            .Append("<link rel=\"stylesheet\" href=\"").Append(BookAssets.BookCss).Append("\">\n");
        // Figures are drawn by inline scripts as the page is read, so plotly.js must load before them.
        if (withPlotly) page.Append("<script src=\"").Append(BookAssets.PlotlyJs).Append("\"></script>\n");
        page.Append("<script src=\"").Append(BookAssets.BookJs).Append("\" defer></script>\n")
            .Append("</head>\n<body class=\"").Append(bodyClass).Append("\">\n")
            .Append(sidebar)
            .Append("<main>\n").Append(main).Append("</main>\n</body>\n</html>\n");
        return page.ToString();
    }

    /// <summary>The notebook as its source file has it (the learner runs it), or as given when it was made in memory.</summary>
    private static string WriteDownload(BookChapter chapter, string outputDirectory)
    {
        string path = Path.Combine(outputDirectory, chapter.DownloadName);
        if (chapter.SourcePath is not null && File.Exists(chapter.SourcePath) && Path.GetExtension(chapter.SourcePath).Equals(".ipynb", StringComparison.OrdinalIgnoreCase))
        {
            byte[] bytes = File.ReadAllBytes(chapter.SourcePath);
            AtomicFile.Write(path, stream => stream.Write(bytes));
        }
        else
        {
            IpynbWriter.WriteFile(chapter.Notebook, path);
        }
        return path;
    }

    private static string Encode(string text) => HtmlText.Encode(text);
}
