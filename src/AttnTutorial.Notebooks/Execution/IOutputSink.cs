using AttnTutorial.Notebooks.Formatting;

namespace AttnTutorial.Notebooks.Execution;

/// <summary>
/// Receives a cell's outputs as they happen, in order. The session serialises calls (never two at once), but they may
/// arrive on any thread: a cell can write or display from a worker thread. A Jupyter kernel maps each call to one
/// IOPub message (stream, display_data, update_display_data, execute_result, error).
/// </summary>
public interface IOutputSink
{
    /// <summary>Text written to <c>Console.Out</c> or <c>Console.Error</c>, forwarded at each line end (and at <c>\r</c>).</summary>
    void WriteStream(StreamName stream, string text);

    /// <summary><c>display(x)</c>: a new display output, identified by <paramref name="displayId"/>.</summary>
    void Display(string displayId, MimeBundle bundle);

    /// <summary><c>handle.Update(x)</c>: replace every display output with this id, whichever cell made it.</summary>
    void UpdateDisplay(string displayId, MimeBundle bundle);

    /// <summary>The value of the cell's trailing expression.</summary>
    void Result(int executionCount, MimeBundle bundle);

    /// <summary>The cell failed: a directive, compile, runtime, timeout or cancellation error.</summary>
    void Error(CellError error);
}
