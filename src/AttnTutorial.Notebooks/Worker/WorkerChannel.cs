using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace AttnTutorial.Notebooks.Worker;

/// <summary>
/// One end of the pipe between a notebook worker and its parent: JSON objects, one per line. Each message is flushed as
/// it is sent, so everything a cell printed before its process died is already in the pipe for the parent to read.
/// </summary>
internal sealed class WorkerChannel : IDisposable
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly Stream _stream;
    private readonly StreamReader _reader;
    private readonly StreamWriter _writer;
    private readonly Lock _writeLock = new();

    public WorkerChannel(Stream stream)
    {
        _stream = stream;
        _reader = new StreamReader(stream, Utf8, detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 16, leaveOpen: true);
        _writer = new StreamWriter(stream, Utf8, bufferSize: 1 << 16, leaveOpen: true);
    }

    /// <summary>Writes one message and flushes it; safe to call from several threads.</summary>
    /// <exception cref="IOException">The other end has gone.</exception>
    public void Send(JsonObject message)
    {
        // JSON escapes line breaks inside strings, so the serialized message is exactly one line.
        string line = message.ToJsonString();
        lock (_writeLock)
        {
            _writer.Write(line);
            _writer.Write('\n');
            _writer.Flush();
        }
    }

    /// <summary>The next message; null when the other end closed the pipe (or its process ended).</summary>
    /// <exception cref="FormatException">A line is not a JSON object.</exception>
    public async Task<JsonObject?> ReceiveAsync(CancellationToken cancellationToken)
    {
        string? line;
        try
        {
            line = await _reader.ReadLineAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (IOException)
        {
            return null;
        }
        if (line is null) return null;
        try
        {
            return JsonNode.Parse(line) as JsonObject ?? throw new FormatException($"a worker message is not a JSON object: {line}");
        }
        catch (JsonException e)
        {
            throw new FormatException($"a worker message is not valid JSON: {e.Message}", e);
        }
    }

    public void Dispose()
    {
        _reader.Dispose();
        try
        {
            _writer.Dispose();
        }
        catch (IOException)
        {
            // The other end is gone; nothing buffered is worth keeping.
        }
        _stream.Dispose();
    }
}
