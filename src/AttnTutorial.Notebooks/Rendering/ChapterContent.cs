namespace AttnTutorial.Notebooks.Rendering;

/// <summary>A chapter's cells as HTML, split into sections at its headings, with what rendering it had to warn about.</summary>
/// <param name="PrintHtml">The same for print.html, where every chapter shares the page: ids and links as <see cref="PrintAnchors"/> makes them. Null when the book has no print page.</param>
/// <param name="UsesPlotly">True when the chapter has a Plotly figure: its page must load plotly.js.</param>
internal sealed record ChapterContent(BookChapter Chapter, string Html, string? PrintHtml, IReadOnlyList<ChapterSection> Sections, bool UsesPlotly, IReadOnlyList<string> Warnings);

/// <summary>
/// A stretch of a chapter from one level-1 to level-3 heading to the next: the sidebar lists it, the search finds it.
/// <paramref name="Text"/> is its markdown's words and its code (not outputs).
/// </summary>
internal sealed record ChapterSection(BookHeading Heading, string Text);
