using AttnTutorial.Notebooks.Formatting;

namespace AttnTutorial.Notebooks.Execution;

/// <summary>What <c>display(x)</c> returns: <see cref="Update(object?)"/> replaces that output, e.g. a live progress line.</summary>
public sealed class DisplayHandle
{
    private readonly NotebookSession _session;
    private readonly string? _mimeType;

    internal DisplayHandle(NotebookSession session, string displayId, string? mimeType)
    {
        _session = session;
        DisplayId = displayId;
        _mimeType = mimeType;
    }

    /// <summary>The Jupyter <c>display_id</c> of the output.</summary>
    public string DisplayId { get; }

    /// <summary>Replaces the displayed value, formatted as it was first displayed (same mime type if one was given).</summary>
    public void Update(object? value) => Update(value, _mimeType);

    /// <summary>Replaces the displayed value with <paramref name="value"/> shown as <paramref name="mimeType"/>.</summary>
    public void Update(object? value, string? mimeType) =>
        _session.EmitUpdate(DisplayId, mimeType is null ? OutputFormatter.Format(value) : OutputFormatter.Format(value, mimeType));
}
