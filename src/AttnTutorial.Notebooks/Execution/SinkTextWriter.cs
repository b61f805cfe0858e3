using System.Text;

namespace AttnTutorial.Notebooks.Execution;

/// <summary>
/// Stands in for <c>Console.Out</c>/<c>Console.Error</c> during a cell: buffers text and forwards it at each line end
/// or carriage return (so <c>Console.Write("\rEpoch 3")</c> shows at once), and whatever remains when the cell ends.
/// </summary>
internal sealed class SinkTextWriter : TextWriter
{
    private readonly Action<string> _forward;
    private readonly StringBuilder _buffer = new();
    private readonly Lock _lock = new();

    public SinkTextWriter(Action<string> forward)
    {
        _forward = forward;
    }

    public override Encoding Encoding => Encoding.UTF8;

    public override void Write(char value)
    {
        lock (_lock)
        {
            _buffer.Append(value);
            if (value is '\n' or '\r') FlushLocked();
        }
    }

    public override void Write(string? value)
    {
        if (string.IsNullOrEmpty(value)) return;
        lock (_lock)
        {
            _buffer.Append(value);
            if (value.AsSpan().IndexOfAny('\n', '\r') >= 0) FlushLocked();
        }
    }

    public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

    public override void WriteLine(string? value) => Write((value ?? "") + "\n");

    public override void Flush()
    {
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
