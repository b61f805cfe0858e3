using System.Text;
using System.Text.Json.Nodes;
using AttnTutorial.Kernel.Handlers;
using AttnTutorial.Notebooks.Execution;
using AttnTutorial.Notebooks.Formatting;

namespace AttnTutorial.Kernel.Execution;

/// <summary>
/// Turns one cell's outputs into IOPub messages with its execute request as parent; a silent request shows none.
/// Stream text is batched, as ipykernel batches it: sent at most every <see cref="StreamFlushInterval"/>, before any
/// other output and when the cell ends, so a loop printing thousands of lines sends a few messages, not one per line
/// (classic Notebook drops output above 1,000 messages a second). Output is routed by the cell that produced it:
/// a cell that ignored an interrupt and goes on running in the background still writes to the process-wide console,
/// which by then belongs to a later cell; that text, recognised by <see cref="Own"/>'s marker flowing with the code
/// that wrote it, is dropped and logged, never shown under another cell. The engine's console writer keeps the two
/// apart: the abandoned cell's text reaches this sink at once and on its own thread, never joined to a line the
/// running cell has begun. The session's first chart is preceded by plotly.js (<see cref="PlotlyDelivery"/>).
/// </summary>
internal sealed class KernelOutputSink : IOutputSink, IDisposable
{
    /// <summary>How long stream text may wait before it is sent: ipykernel's <c>flush_interval</c>, 0.2 s.</summary>
    public static readonly TimeSpan StreamFlushInterval = TimeSpan.FromSeconds(0.2);

    // Flows into everything the cell's code runs (threads, tasks, timers it starts), and stays with it after the cell
    // was given up on.
    private static readonly AsyncLocal<KernelOutputSink?> Producer = new();

    private readonly RequestContext _context;
    private readonly bool _silent;
    private readonly int _executionCount;
    private readonly Lock _gate = new();
    private readonly StringBuilder _pending = new();
    private readonly Timer _timer;
    private StreamName _pendingStream;
    private bool _timerArmed;
    private readonly PlotlyDelivery _plotly;
    private long _dropped;

    /// <param name="executionCount">The count the kernel gives this request; shown on its result.</param>
    /// <param name="plotly">Who delivers plotly.js to the page; null for the kernel's one delivery per session.</param>
    public KernelOutputSink(RequestContext context, bool silent, int executionCount, PlotlyDelivery? plotly = null)
    {
        _plotly = plotly ?? PlotlyDelivery.ForThisKernel;
        _context = context;
        _silent = silent;
        _executionCount = executionCount;
        _timer = new Timer(_ => Flush(), null, Timeout.Infinite, Timeout.Infinite);
    }

    /// <summary>How many outputs of other (abandoned) cells arrived here and were dropped.</summary>
    public long Dropped => Interlocked.Read(ref _dropped);

    /// <summary>
    /// Marks the code run on this thread from now until the returned scope is disposed as this cell's: call it on the
    /// thread that starts the cell, so that the mark flows into the cell's code.
    /// </summary>
    public IDisposable Own()
    {
        var previous = Producer.Value;
        Producer.Value = this;
        return new Scope(() => Producer.Value = previous);
    }

    public void WriteStream(StreamName stream, string text)
    {
        if (_silent || !FromThisCell()) return;
        lock (_gate)
        {
            if (_pending.Length > 0 && stream != _pendingStream) FlushLocked();
            _pendingStream = stream;
            _pending.Append(text);
            if (!_timerArmed)
            {
                _timerArmed = true;
                _timer.Change(StreamFlushInterval, Timeout.InfiniteTimeSpan);
            }
        }
    }

    public void Display(string displayId, MimeBundle bundle) => Publish("display_data", DisplayContent(displayId, bundle), bundle);

    public void UpdateDisplay(string displayId, MimeBundle bundle) => Publish("update_display_data", DisplayContent(displayId, bundle), bundle);

    // The kernel's count, not the session's: requests kept out of the history do not advance it.
    public void Result(int executionCount, MimeBundle bundle)
    {
        Publish("execute_result", new JsonObject
        {
            ["execution_count"] = _executionCount,
            ["data"] = bundle.ToJson(),
            ["metadata"] = new JsonObject(),
        }, bundle);
    }

    public void Error(CellError error) => Publish("error", ErrorContent(error));

    /// <summary>Sends the stream text still waiting; call before the reply, so that every output precedes it.</summary>
    public void Flush()
    {
        lock (_gate) FlushLocked();
    }

    public void Dispose()
    {
        Flush();
        _timer.Dispose();
    }

    /// <summary>The ename/evalue/traceback fields an error output and an error reply share.</summary>
    public static JsonObject ErrorContent(CellError error) => new()
    {
        ["ename"] = error.Name,
        ["evalue"] = error.Message,
        ["traceback"] = new JsonArray(error.Traceback.Select(line => (JsonNode?)JsonValue.Create(line)).ToArray()),
    };

    private static JsonObject DisplayContent(string displayId, MimeBundle bundle) => new()
    {
        ["data"] = bundle.ToJson(),
        ["metadata"] = new JsonObject(),
        ["transient"] = new JsonObject { ["display_id"] = displayId },
    };

    private bool FromThisCell()
    {
        var producer = Producer.Value;
        if (producer is null || ReferenceEquals(producer, this)) return true;
        if (Interlocked.Increment(ref _dropped) == 1)
            KernelLog.Warn($"output of an earlier, interrupted cell (execution count {producer._executionCount}) that is still running was dropped; restart the kernel to stop that cell");
        return false;
    }

    /// <param name="shown">The bundle being shown, when it may be a chart: the session's first chart is preceded by plotly.js.</param>
    private void Publish(string msgType, JsonObject content, MimeBundle? shown = null)
    {
        // A silent request or an abandoned cell's output shows nothing, so it must not use up the one delivery either.
        if (_silent || !FromThisCell()) return;
        lock (_gate)
        {
            FlushLocked();
            if (shown is not null && _plotly.TakeLoaderFor(shown) is { } loader)
                _context.Publish("display_data", new JsonObject { ["data"] = loader.ToJson(), ["metadata"] = new JsonObject(), ["transient"] = new JsonObject() });
            _context.Publish(msgType, content);
        }
    }

    private void FlushLocked()
    {
        _timerArmed = false;
        _timer.Change(Timeout.Infinite, Timeout.Infinite);
        if (_pending.Length == 0) return;
        _context.Publish("stream", new JsonObject
        {
            ["name"] = _pendingStream == StreamName.Stderr ? "stderr" : "stdout",
            ["text"] = _pending.ToString(),
        });
        _pending.Clear();
    }

    private sealed class Scope(Action end) : IDisposable
    {
        public void Dispose() => end();
    }
}
