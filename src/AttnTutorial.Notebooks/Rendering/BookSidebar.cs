using System.Text;
using System.Text.RegularExpressions;

namespace AttnTutorial.Notebooks.Rendering;

/// <summary>
/// The sidebar every page has: the book's title, the search box and every chapter with its sections (the current
/// chapter's open, the others folded in a <c>details</c> element a reader can open).
/// </summary>
internal static class BookSidebar
{
    public static string Html(string title, IReadOnlyList<ChapterContent> book, BookChapter? current)
    {
        var html = new StringBuilder();
        html.Append("<nav class=\"sidebar\" aria-label=\"Contents\">\n")
            .Append("<a class=\"book-title\" href=\"index.html\">").Append(Encode(title)).Append("</a>\n")
            .Append("<div class=\"search\"><input id=\"search-input\" type=\"search\" placeholder=\"Search the book (press /)\" aria-label=\"Search the book\" autocomplete=\"off\">")
            .Append("<ol id=\"search-results\" class=\"search-results\" hidden></ol></div>\n");
        AppendChapters(html, book.Where(c => !c.Chapter.Appendix), current);
        if (book.Any(c => c.Chapter.Appendix))
        {
            html.Append("<p class=\"toc-part\">Appendix · worked solutions</p>\n");
            AppendChapters(html, book.Where(c => c.Chapter.Appendix), current);
        }
        return html.Append("</nav>\n").ToString();
    }

    private static void AppendChapters(StringBuilder html, IEnumerable<ChapterContent> chapters, BookChapter? current)
    {
        html.Append("<ol class=\"toc\">\n");
        foreach (var content in chapters)
        {
            var chapter = content.Chapter;
            bool isCurrent = ReferenceEquals(chapter, current);
            string page = Encode(chapter.PageName);
            html.Append(isCurrent ? "<li class=\"chapter current\">" : "<li class=\"chapter\">")
                .Append("<details").Append(isCurrent ? " open" : "").Append("><summary><a href=\"").Append(page).Append('"')
                .Append(isCurrent ? " aria-current=\"page\"" : "").Append('>').Append(Encode(chapter.Title)).Append("</a></summary>\n<ol class=\"sections\">\n");
            foreach (var section in content.Sections.Where(s => s.Heading.Level > 1))
            {
                html.Append("<li class=\"level-").Append(section.Heading.Level).Append("\"><a href=\"").Append(page).Append('#').Append(Encode(section.Heading.Id))
                    .Append("\">").Append(WithoutLinks(section.Heading.Html)).Append("</a></li>\n");
            }
            html.Append("</ol></details></li>\n");
        }
        html.Append("</ol>\n");
    }

    /// <summary>A heading's own links would nest inside the sidebar's link, which HTML does not allow.</summary>
    private static string WithoutLinks(string html) => Regex.Replace(html, "</?a\\b[^>]*>", "");

    private static string Encode(string text) => HtmlText.Encode(text);
}
