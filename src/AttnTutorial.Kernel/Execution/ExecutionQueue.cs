using System.Text.Json.Nodes;
using AttnTutorial.Kernel.Handlers;
using AttnTutorial.Notebooks.Execution;

namespace AttnTutorial.Kernel.Execution;

/// <summary>
/// Runs execute requests one at a time, in arrival order, on the execution thread (never the socket thread).
/// <see cref="Interrupt"/> cancels the running cell's token; a failed non-silent cell with <c>stop_on_error</c> aborts
/// the requests queued behind it, as "Run All" expects.
/// </summary>
internal sealed class ExecutionQueue : IDisposable
{
    private readonly SessionHost _host;
    private readonly WorkQueue _worker = new("execution");
    private readonly Lock _gate = new();
    private CancellationTokenSource? _running;
    private long _received;
    private long _abortThrough;

    public ExecutionQueue(SessionHost host)
    {
        _host = host;
    }

    public void Enqueue(RequestContext context)
    {
        long sequence = Interlocked.Increment(ref _received);
        _worker.Post(() => Execute(context, sequence));
    }

    /// <summary>Cancels the running cell, if any; it stops at its next cancellation point and is reported as interrupted.</summary>
    /// <returns>True when a cell was running.</returns>
    public bool Interrupt()
    {
        lock (_gate)
        {
            if (_running is null) return false;
            _running.Cancel();
            return true;
        }
    }

    public void Dispose()
    {
        Interrupt();
        _worker.Dispose();
    }

    private void Execute(RequestContext context, long sequence)
    {
        var request = context.Request;
        var session = _host.Session;
        if (sequence <= Interlocked.Read(ref _abortThrough))
        {
            context.Reply("execute_reply", new JsonObject { ["status"] = "aborted", ["execution_count"] = session.ExecutionCount });
            return;
        }
        string code = request.ContentText("code", "")!;
        bool silent = request.ContentFlag("silent", false);
        bool stopOnError = request.ContentFlag("stop_on_error", true);
        if (!silent)
            context.Publish("execute_input", new JsonObject { ["code"] = code, ["execution_count"] = session.ExecutionCount + 1 });

        var sink = new KernelOutputSink(context, silent);
        using var cancellation = new CancellationTokenSource();
        lock (_gate) _running = cancellation;
        CellResult result;
        try
        {
            // Never throws for the cell's sake: an interrupt, even before the cell started, comes back as a Cancelled result.
            result = session.ExecuteAsync(code, sink, cancellation.Token).GetAwaiter().GetResult();
        }
        finally
        {
            lock (_gate) _running = null;
        }

        if (result.Succeeded)
        {
            context.Reply("execute_reply", new JsonObject
            {
                ["status"] = "ok",
                ["execution_count"] = result.ExecutionCount,
                ["user_expressions"] = new JsonObject(),
                ["payload"] = new JsonArray(),
            });
            return;
        }
        // As ipykernel: only a failed request the user sees aborts the queue behind it; a client's silent probe never does.
        if (stopOnError && !silent) Interlocked.Exchange(ref _abortThrough, Interlocked.Read(ref _received));
        var reply = KernelOutputSink.ErrorContent(result.Error!);
        reply["status"] = "error";
        reply["execution_count"] = result.ExecutionCount;
        context.Reply("execute_reply", reply);
    }
}
