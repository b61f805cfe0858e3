using System.Text.Json.Nodes;
using AttnTutorial.Notebooks.Browser;
using AttnTutorial.IO;

namespace AttnTutorial.Notebooks.Rendering;

/// <summary>
/// Prints the book's print page (print.html, see <see cref="BookOptions.PrintPage"/>) to a PDF handout with headless
/// Chromium: it opens the page with no network, waits until every Plotly figure is drawn and KaTeX's fonts have loaded
/// (the page's <c>bookReady()</c>), then prints A4 pages with page numbers, a page break before each chapter.
/// </summary>
public static class BookPdfPrinter
{
    /// <summary>How long the page may take to load and draw its figures. Ten minutes: the full book has a hundred charts.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(10);

    /// <param name="chromium">The browser binary; null finds one (CHROMIUM_PATH, then /usr/bin/chromium, ...).</param>
    /// <returns>The number of Plotly figures the page drew.</returns>
    /// <exception cref="DevToolsException">No Chromium, it failed, or the page did not get ready in time; the message says which.</exception>
    public static async Task<int> PrintAsync(string printPage, string pdfPath, string? chromium = null, TimeSpan? timeout = null, CancellationToken cancellationToken = default)
    {
        if (!File.Exists(printPage)) throw new FileNotFoundException($"no print page at {printPage}; render the book with BookOptions.PrintPage (notebooks render --pdf)", printPage);
        var limit = timeout ?? DefaultTimeout;
        await using var browser = await HeadlessChromium.StartAsync(chromium, cancellationToken).ConfigureAwait(false);
        // 800 CSS pixels is wider than the page's A4 column (186 mm ≈ 703 px), so the column, not the window, sets the layout.
        var page = await browser.OpenPageAsync(width: 800, height: 1100, cancellationToken).ConfigureAwait(false);
        await page.NavigateAsync(new Uri(Path.GetFullPath(printPage)).AbsoluteUri, limit, cancellationToken).ConfigureAwait(false);
        int figures;
        try
        {
            var ready = await page.EvaluateAsync("window.bookReady()", cancellationToken).WaitAsync(limit, cancellationToken).ConfigureAwait(false);
            figures = ready?.GetValue<int>() ?? 0;
        }
        catch (TimeoutException)
        {
            throw new DevToolsException($"{printPage}: the figures were not drawn within {limit.TotalSeconds:F0} s");
        }
        byte[] pdf = await page.PrintToPdfAsync(new JsonObject
        {
            ["printBackground"] = true,
            ["preferCSSPageSize"] = true,
            ["displayHeaderFooter"] = true,
            ["headerTemplate"] = "<span></span>",
            ["footerTemplate"] = "<div style=\"font-size:8px;width:100%;text-align:center;color:#57606a\"><span class=\"pageNumber\"></span> / <span class=\"totalPages\"></span></div>",
            ["generateDocumentOutline"] = true,
        }, cancellationToken).ConfigureAwait(false);
        AtomicFile.Write(pdfPath, stream => stream.Write(pdf));
        return figures;
    }
}
