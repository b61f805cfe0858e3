using System.Text.Json.Nodes;
using AttnTutorial.Hosting;
using AttnTutorial.Notebooks.Formatting;

namespace AttnTutorial.Kernel.Execution;

/// <summary>
/// Sends plotly.js to the client once per kernel session, just before the session's first chart, as plotly.py's
/// offline notebook mode does. Clients that draw a chart from its <c>text/html</c> (classic Notebook, JupyterLab without
/// a Plotly extension, nbconvert's HTML) then need no network; the output is saved with the notebook, so the charts
/// draw again when a trusted notebook is reopened. Clients with a Plotly renderer of their own (VS Code) use the chart's
/// <c>application/vnd.plotly.v1+json</c> and ignore it. The script itself is <see cref="PlotlyJsLoader"/>, which the
/// library also uses under .NET Interactive.
/// </summary>
internal sealed class PlotlyDelivery
{
    private int _delivered;

    /// <summary>The kernel process's one delivery: one kernel process is one session, and a restart is a new process.</summary>
    public static PlotlyDelivery ForThisKernel { get; } = new();

    public bool Delivered => Volatile.Read(ref _delivered) != 0;

    /// <summary>
    /// The display that loads plotly.js when <paramref name="bundle"/> is a chart and none was sent yet (counted as sent
    /// from then on); otherwise null.
    /// </summary>
    public MimeBundle? TakeLoaderFor(MimeBundle bundle)
    {
        if (!bundle.Has(MimeBundle.Plotly)) return null;
        return Interlocked.Exchange(ref _delivered, 1) == 0 ? Loader.Value : null;
    }

    private static readonly Lazy<MimeBundle> Loader = new(() => new MimeBundle([new(MimeBundle.Html, JsonValue.Create(PlotlyJsLoader.Html()))]));
}
