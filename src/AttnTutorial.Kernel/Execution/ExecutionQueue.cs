using System.Text.Json.Nodes;
using AttnTutorial.Kernel.Handlers;
using AttnTutorial.Notebooks.Execution;

namespace AttnTutorial.Kernel.Execution;

/// <summary>
/// Runs execute requests one at a time, in arrival order, on the execution thread (never the socket thread).
/// <see cref="Interrupt"/> cancels the running cell's token; a failed non-silent cell with <c>stop_on_error</c> aborts
/// the requests queued behind it, as "Run All" expects. The execution count is the kernel's, as in ipykernel: only a
/// request that is neither silent nor kept out of the history (<c>store_history</c> false) advances it.
/// </summary>
internal sealed class ExecutionQueue : IDisposable
{
    private readonly SessionHost _host;
    private readonly WorkQueue _worker = new("execution");
    private readonly Lock _gate = new();
    private CancellationTokenSource? _running;
    private long _received;
    private long _abortThrough;
    // Touched by the execution thread only.
    private int _executionCount;

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
        if (sequence <= Interlocked.Read(ref _abortThrough))
        {
            context.Reply("execute_reply", new JsonObject { ["status"] = "aborted", ["execution_count"] = _executionCount });
            return;
        }
        if (Malformed(request.Content) is { } problem)
        {
            KernelLog.Warn($"refused an execute_request: {problem}");
            var refusal = RequestDispatcher.MalformedReply(problem);
            refusal["execution_count"] = _executionCount;
            context.Reply("execute_reply", refusal);
            return;
        }
        string code = request.ContentText("code", "")!;
        bool silent = request.ContentFlag("silent", false);
        // As ipykernel: silent implies store_history false.
        bool storeHistory = !silent && request.ContentFlag("store_history", true);
        bool stopOnError = request.ContentFlag("stop_on_error", true);
        if (storeHistory) _executionCount++;
        int count = _executionCount;
        // Interruptible from here on: the first cell may still wait for the session to be created.
        using var cancellation = new CancellationTokenSource();
        lock (_gate) _running = cancellation;
        if (!silent) context.Publish("execute_input", new JsonObject { ["code"] = code, ["execution_count"] = count });

        CellResult result;
        JsonObject? expressions = null;
        using (var sink = new KernelOutputSink(context, silent, count))
        {
            try
            {
                var session = _host.Session;
                using (sink.Own())
                {
                    // Never throws for the cell's sake: an interrupt, even before the cell started, comes back as a Cancelled result.
                    result = session.ExecuteAsync(code, storeHistory ? $"cell {count}" : "unnumbered cell", sink, cancellation.Token).GetAwaiter().GetResult();
                }
                if (result.Succeeded && request.Content["user_expressions"] is JsonObject { Count: > 0 } asked)
                    expressions = UserExpressions.Evaluate(session, asked, cancellation.Token);
            }
            finally
            {
                lock (_gate) _running = null;
            }
        }

        if (result.Succeeded)
        {
            context.Reply("execute_reply", new JsonObject
            {
                ["status"] = "ok",
                ["execution_count"] = count,
                ["user_expressions"] = expressions ?? new JsonObject(),
                ["payload"] = new JsonArray(),
            });
            return;
        }
        // As ipykernel: only a failed request the user sees aborts the queue behind it; a client's silent probe never does.
        if (stopOnError && !silent) Interlocked.Exchange(ref _abortThrough, Interlocked.Read(ref _received));
        var reply = KernelOutputSink.ErrorContent(result.Error!);
        reply["status"] = "error";
        reply["execution_count"] = count;
        reply["user_expressions"] = new JsonObject();
        context.Reply("execute_reply", reply);
    }

    // Fields the protocol types: a request that gets them wrong is refused whole rather than half understood.
    private static string? Malformed(JsonObject content)
    {
        if (content["code"] is not JsonValue code || !code.TryGetValue(out string? _))
            return "the content field \"code\" must be a string";
        if (content["user_expressions"] is { } expressions && expressions is not JsonObject)
            return "the content field \"user_expressions\" must be an object of name: expression";
        return null;
    }
}
