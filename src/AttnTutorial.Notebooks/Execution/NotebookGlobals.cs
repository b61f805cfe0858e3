using AttnTutorial.Notebooks.Formatting;

namespace AttnTutorial.Notebooks.Execution;

/// <summary>
/// The names every cell sees without a using, as the .NET Interactive C# kernel provided them. One instance per
/// session, so <c>display</c> always reaches the session that runs the cell.
/// </summary>
public sealed class NotebookGlobals
{
    private readonly NotebookSession _session;

    internal NotebookGlobals(NotebookSession session)
    {
        _session = session;
    }

    /// <summary>Shows <paramref name="value"/> as a new output and returns a handle whose <c>Update</c> replaces it.</summary>
    /// <param name="value">Formatted by <see cref="OutputFormatter"/>.</param>
    /// <param name="mimeType">Show only this representation; a string value is taken as already in this type.</param>
#pragma warning disable IDE1006 // the lower-case name is the one .NET Interactive gave it; notebooks call display(x)
    public DisplayHandle display(object? value, string? mimeType = null)
#pragma warning restore IDE1006
    {
        var bundle = mimeType is null ? OutputFormatter.Format(value) : OutputFormatter.Format(value, mimeType);
        return _session.EmitDisplay(bundle, mimeType);
    }

    /// <summary>Marks a string as HTML, so that it displays as <c>text/html</c>.</summary>
#pragma warning disable CA1822 // an instance member, so cells can call it without a using
    public HtmlString HTML(string html) => new(html);
#pragma warning restore CA1822

    /// <summary>Cancelled when the cell times out or is interrupted; long loops can check it to stop early.</summary>
    public CancellationToken CellCancellationToken => NotebookSession.CurrentCellToken;
}
