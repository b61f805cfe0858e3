using AttnTutorial.Notebooks.Ipynb;

namespace AttnTutorial.Notebooks.Rendering;

/// <summary>One chapter of the book: an executed notebook and, when it was run for the book, how the run went.</summary>
/// <param name="FileName">The notebook's file name, e.g. "01-signals.ipynb"; the page is named after it.</param>
/// <param name="Error">The run's first error, shown on the page and in the index; null when it ran clean.</param>
/// <param name="Appendix">True for the instructors' appendix (worked solutions), listed after the chapters.</param>
/// <param name="SourcePath">
/// The notebook file the chapter was made from. The book ships a copy for "download this notebook", links the file in
/// the repository, and turns links between notebooks into links between pages. Null for a notebook made in memory.
/// </param>
public sealed record BookChapter(string FileName, Notebook Notebook, string? Error = null, bool Appendix = false, string? SourcePath = null)
{
    public string PageName => Path.ChangeExtension(FileName, ".html");

    public string Title => Notebook.Title ?? Path.GetFileNameWithoutExtension(FileName);

    /// <summary>Where the book keeps the notebook for download, relative to the book's folder.</summary>
    public string DownloadName => "notebooks/" + FileName;
}
