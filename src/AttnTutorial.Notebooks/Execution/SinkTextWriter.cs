using System.Text;

namespace AttnTutorial.Notebooks.Execution;

/// <summary>
/// Stands in for <c>Console.Out</c>/<c>Console.Error</c> during a cell: buffers text and forwards it at each line end
/// or carriage return (so <c>Console.Write("\rEpoch 3")</c> shows at once), and whatever remains when the cell ends.
/// The console is process-wide, so code of an earlier cell that still runs (one that ignored an interrupt, or a thread
/// it started) writes here too: its text is forwarded at once and on its own, never joined to a line this cell has
/// begun, so a sink that routes output by the code that wrote it sees each cell's text apart.
/// </summary>
internal sealed class SinkTextWriter : TextWriter
{
    private readonly Action<string> _forward;
    private readonly Func<bool> _fromAnotherCell;
    private readonly StringBuilder _buffer = new();
    private readonly Lock _lock = new();

    /// <param name="forward">Receives the text, on the thread that wrote it.</param>
    /// <param name="fromAnotherCell">True while the calling code belongs to another cell than this writer's; null: never.</param>
    public SinkTextWriter(Action<string> forward, Func<bool>? fromAnotherCell = null)
    {
        _forward = forward;
        _fromAnotherCell = fromAnotherCell ?? (() => false);
    }

    public override Encoding Encoding => Encoding.UTF8;

    public override void Write(char value)
    {
        if (_fromAnotherCell())
        {
            _forward(value.ToString());
            return;
        }
        lock (_lock)
        {
            _buffer.Append(value);
            if (value is '\n' or '\r') FlushLocked();
        }
    }

    public override void Write(string? value)
    {
        if (string.IsNullOrEmpty(value)) return;
        if (_fromAnotherCell())
        {
            _forward(value);
            return;
        }
        lock (_lock)
        {
            _buffer.Append(value);
            if (value.AsSpan().IndexOfAny('\n', '\r') >= 0) FlushLocked();
        }
    }

    public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

    public override void WriteLine(string? value) => Write((value ?? "") + "\n");

    // Another cell's code (e.g. its display) must not send this cell's unfinished line as its own.
    public override void Flush()
    {
        if (_fromAnotherCell()) return;
        lock (_lock) FlushLocked();
    }

    private void FlushLocked()
    {
        if (_buffer.Length == 0) return;
        string text = _buffer.ToString();
        _buffer.Clear();
        _forward(text);
    }
}
