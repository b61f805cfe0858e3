using System.ComponentModel;
using System.Diagnostics;
using System.IO.Pipes;
using System.Text.Json.Nodes;
using AttnTutorial.Notebooks.Execution;

namespace AttnTutorial.Notebooks.Worker;

/// <summary>
/// Runs a notebook's cells in a child process (<see cref="NotebookWorker"/>), the way Jupyter clients run code in a
/// kernel process, so that what a cell does to its process stays there: <c>Environment.Exit</c>, a stack overflow or a
/// crash ends that cell with an error naming the cell, the notebook and the reason; a cell that outlives its timeout
/// (or is interrupted) is stopped by killing the process, and nothing it prints afterwards reaches any output.
/// </summary>
/// <remarks>
/// The worker's own standard output and error (text written past <c>Console</c>, e.g. by native code or by the runtime
/// as it aborts) are not cell outputs; the end of its standard error explains a process that ended.
/// </remarks>
internal sealed class WorkerSession : ICellExecutor, IDisposable
{
    /// <summary>How long a worker may take to start, connect to its pipe and warm up (seconds on an idle machine).</summary>
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(2);

    // The runtime's report of a crash comes first and the last lines before the end matter too; what lies between does not.
    private const int StderrLinesKept = 40;

    private readonly string _notebookName;
    private readonly string _workingDirectory;
    private readonly TimeSpan _cellTimeout;
    private readonly NamedPipeServerStream _pipe;
    private readonly Process? _process;
    private readonly string? _startError;
    private readonly List<string> _stderrHead = [];
    private readonly Queue<string> _stderrTail = new();
    private WorkerChannel? _channel;
    private int _executionCount;
    private string? _ended;

    private WorkerSession(string notebookName, string workingDirectory, TimeSpan cellTimeout, NamedPipeServerStream pipe, Process? process, string? startError)
    {
        _notebookName = notebookName;
        _workingDirectory = workingDirectory;
        _cellTimeout = cellTimeout;
        _pipe = pipe;
        _process = process;
        _startError = startError;
    }

    /// <summary>Starts the worker process; it connects while the caller gets on with other work.</summary>
    /// <param name="notebookName">Names the notebook when the process ends during a cell.</param>
    /// <param name="workingDirectory">The session's working directory: relative <c>#r</c> paths start there.</param>
    public static WorkerSession Start(NotebookWorkerCommand command, string notebookName, string workingDirectory, TimeSpan cellTimeout)
    {
        // Short, unique and free of path characters: on Unix the name becomes a socket path, which is limited to about 100 bytes.
        string pipeName = "attnwk-" + Guid.NewGuid().ToString("N")[..16];
        var pipe = new NamedPipeServerStream(pipeName, PipeDirection.InOut, 1, PipeTransmissionMode.Byte, PipeOptions.Asynchronous);
        // The process keeps this process's current directory, as cells run in this process would.
        var info = new ProcessStartInfo(command.FileName)
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (string argument in command.Arguments) info.ArgumentList.Add(argument);
        info.ArgumentList.Add("--pipe");
        info.ArgumentList.Add(pipeName);
        var process = new Process { StartInfo = info };
        WorkerSession? session = null;
        try
        {
            session = new WorkerSession(notebookName, workingDirectory, cellTimeout, pipe, process, null);
            process.ErrorDataReceived += (_, e) => session.KeepStderr(e.Data);
            process.OutputDataReceived += (_, _) => { }; // drained so that the worker never blocks on a full pipe
            process.Start();
            process.StandardInput.Close(); // a cell that reads the console gets end-of-file, not the user's terminal
            process.BeginErrorReadLine();
            process.BeginOutputReadLine();
            return session;
        }
        catch (Win32Exception e)
        {
            process.Dispose();
            return new WorkerSession(notebookName, workingDirectory, cellTimeout, pipe, null, $"the worker '{command.FileName}' could not start: {e.Message}");
        }
    }

    public int ExecutionCount => _executionCount;

    public async Task<CellResult> ExecuteAsync(string code, string? cellName, IOutputSink sink, CancellationToken cancellationToken)
    {
        int count = _executionCount + 1;
        string name = cellName ?? $"cell {count}";
        var clock = Stopwatch.StartNew();
        using var cellCancellation = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        try
        {
            if (_ended is not null) return Ended(name, count, sink, clock, _ended);
            // Starting the process is not the cell's time: the timeout starts when the cell is sent.
            var channel = await ConnectAsync(cellCancellation.Token).ConfigureAwait(false);
            if (channel is null) return Ended(name, count, sink, clock, await EndReasonAsync().ConfigureAwait(false));
            cellCancellation.CancelAfter(_cellTimeout);
            channel.Send(WorkerMessages.Execute(code, name));
            while (true)
            {
                var message = await channel.ReceiveAsync(cellCancellation.Token).ConfigureAwait(false);
                if (message is null) return Ended(name, count, sink, clock, await EndReasonAsync().ConfigureAwait(false));
                var result = WorkerMessages.Dispatch(message, sink);
                if (result is null) continue;
                _executionCount = result.ExecutionCount;
                // The worker gave up on the cell, but its thread runs on there: stop it with the process.
                if (result.Status is CellStatus.TimedOut or CellStatus.Cancelled) Kill("the worker was stopped after a timeout or interrupt");
                return result;
            }
        }
        catch (OperationCanceledException) when (cellCancellation.IsCancellationRequested)
        {
            Kill("the worker was stopped after a timeout or interrupt");
            bool interrupted = cancellationToken.IsCancellationRequested;
            var error = CellErrors.Stopped(name, interrupted, _cellTimeout);
            sink.Error(error);
            _executionCount = count;
            return new CellResult(count, interrupted ? CellStatus.Cancelled : CellStatus.TimedOut, clock.Elapsed, error, []);
        }
        catch (IOException)
        {
            return Ended(name, count, sink, clock, await EndReasonAsync().ConfigureAwait(false));
        }
        catch (FormatException e)
        {
            Kill($"the worker sent a message this engine does not understand ({e.Message})");
            return Ended(name, count, sink, clock, _ended!);
        }
    }

    /// <summary>The channel to a connected, warmed-up worker; null when the worker ended or did not get ready in time.</summary>
    private async Task<WorkerChannel?> ConnectAsync(CancellationToken cancellationToken)
    {
        if (_channel is not null) return _channel;
        if (_process is null) return null;
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        wait.CancelAfter(StartTimeout);
        var exited = _process.WaitForExitAsync(wait.Token);
        var connected = _pipe.WaitForConnectionAsync(wait.Token);
        try
        {
            if (await Task.WhenAny(connected, exited).ConfigureAwait(false) != connected) return null;
            await connected.ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            Kill($"the worker did not connect within {StartTimeout.TotalSeconds:0} s");
            return null;
        }
        finally
        {
            await wait.CancelAsync().ConfigureAwait(false);
            try
            {
                await exited.ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // the wait for an exit that did not happen
            }
        }
        var channel = new WorkerChannel(_pipe);
        channel.Send(WorkerMessages.Start(_workingDirectory, _cellTimeout));
        using var ready = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        ready.CancelAfter(StartTimeout);
        try
        {
            var message = await channel.ReceiveAsync(ready.Token).ConfigureAwait(false);
            if (message is null) return null;
            if (WorkerMessages.Text(message, "ev") != "ready") throw new FormatException($"expected 'ready', got '{WorkerMessages.Text(message, "ev")}'");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            Kill($"the worker did not get ready within {StartTimeout.TotalSeconds:0} s");
            return null;
        }
        return _channel = channel;
    }

    /// <summary>Why the worker is gone: its exit code and last words, once it has exited and its standard error is read.</summary>
    private async Task<string> EndReasonAsync()
    {
        if (_ended is not null) return _ended;
        if (_process is null) return _ended = _startError ?? "the worker did not start";
        using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        try
        {
            await _process.WaitForExitAsync(grace.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // The pipe closed but the process lives on (a cell closed it?): it can serve no more cells.
            Kill("the worker closed its pipe");
            return _ended!;
        }
        _process.WaitForExit(); // returns once the redirected streams are read to their end
        return _ended = ProcessEndReason.Describe(_process.ExitCode, string.Join('\n', StderrKept()));
    }

    private CellResult Ended(string name, int count, IOutputSink sink, Stopwatch clock, string reason)
    {
        string message = $"{name} of {_notebookName} ended the process: {reason}";
        List<string> traceback = [message];
        // The runtime's own words, trimmed: a stack overflow's report is a screenful of frames.
        traceback.AddRange(StderrKept().Where(l => l.Trim().Length > 0 && !l.StartsWith("-----", StringComparison.Ordinal)).Take(12));
        var error = new CellError(CellErrorKind.ProcessEnded, name, "ProcessEnded", message, null, null, traceback);
        sink.Error(error);
        _executionCount = count;
        return new CellResult(count, CellStatus.Error, clock.Elapsed, error, []);
    }

    private void KeepStderr(string? line)
    {
        if (line is null) return;
        lock (_stderrTail)
        {
            if (_stderrHead.Count < StderrLinesKept)
            {
                _stderrHead.Add(line);
                return;
            }
            _stderrTail.Enqueue(line);
            if (_stderrTail.Count > StderrLinesKept) _stderrTail.Dequeue();
        }
    }

    /// <summary>The first and the last lines the worker wrote to its standard error.</summary>
    private List<string> StderrKept()
    {
        lock (_stderrTail) return [.. _stderrHead, .. _stderrTail];
    }

    private void Kill(string reason)
    {
        _ended ??= reason;
        try
        {
            if (_process is { HasExited: false }) _process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // it ended on its own meanwhile
        }
    }

    /// <summary>Closes the pipe, which ends an idle worker, and kills a worker that does not end within a few seconds.</summary>
    public void Dispose()
    {
        _channel?.Dispose();
        _pipe.Dispose();
        if (_process is null) return;
        try
        {
            if (!_process.WaitForExit(TimeSpan.FromSeconds(5))) Kill("the notebook was done");
            _process.WaitForExit();
        }
        catch (InvalidOperationException)
        {
            // never started
        }
        _process.Dispose();
    }
}
