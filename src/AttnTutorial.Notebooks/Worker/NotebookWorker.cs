using System.IO.Pipes;
using System.Text.Json.Nodes;
using AttnTutorial.Notebooks.Execution;

namespace AttnTutorial.Notebooks.Worker;

/// <summary>
/// The child-process side of <see cref="WorkerSession"/>: connects to the parent's pipe, runs the cells it is sent in one
/// <see cref="NotebookSession"/> and streams their outputs back. A host executable calls <see cref="RunAsync"/> from a
/// hidden command (the CLI's <c>notebooks worker --pipe NAME</c>) and exits with its result.
/// </summary>
public static class NotebookWorker
{
    /// <summary>How long the worker waits for its parent's pipe before giving up.</summary>
    private static readonly TimeSpan ConnectTimeout = TimeSpan.FromSeconds(30);

    /// <summary>Serves the parent until it closes the pipe.</summary>
    /// <param name="pipeName">The name the parent's <see cref="NamedPipeServerStream"/> listens on.</param>
    /// <returns>0 when the parent closed the pipe; 2 when the pipe could not be reached or spoke another protocol.</returns>
    public static async Task<int> RunAsync(string pipeName)
    {
        // Ctrl+C reaches the whole process group; the parent decides what an interrupt stops, by killing this process.
        Console.CancelKeyPress += (_, e) => e.Cancel = true;
        var pipe = new NamedPipeClientStream(".", pipeName, PipeDirection.InOut, PipeOptions.Asynchronous);
        try
        {
            await pipe.ConnectAsync((int)ConnectTimeout.TotalMilliseconds).ConfigureAwait(false);
        }
        catch (Exception e) when (e is TimeoutException or IOException)
        {
            await Console.Error.WriteLineAsync($"notebooks worker: cannot reach the pipe '{pipeName}': {e.Message}").ConfigureAwait(false);
            await pipe.DisposeAsync().ConfigureAwait(false);
            return 2;
        }
        using var channel = new WorkerChannel(pipe);
        try
        {
            var start = await channel.ReceiveAsync(CancellationToken.None).ConfigureAwait(false);
            if (start is null) return 0;
            if (WorkerMessages.Text(start, "op") != "start") throw new FormatException("the first message must be 'start'");
            var session = new NotebookSession(new SessionOptions
            {
                WorkingDirectory = WorkerMessages.Text(start, "workingDirectory"),
                CellTimeout = TimeSpan.FromSeconds(start["cellTimeoutSeconds"]!.GetValue<double>()),
            });
            await WarmUpAsync().ConfigureAwait(false);
            channel.Send(WorkerMessages.Ready());
            var sink = new ChannelSink(channel);
            while (await channel.ReceiveAsync(CancellationToken.None).ConfigureAwait(false) is JsonObject request)
            {
                if (WorkerMessages.Text(request, "op") != "execute") throw new FormatException($"unknown request '{WorkerMessages.Text(request, "op")}'");
                var result = await session.ExecuteAsync(WorkerMessages.Text(request, "code"), WorkerMessages.Text(request, "cell"), sink, CancellationToken.None)
                    .ConfigureAwait(false);
                channel.Send(WorkerMessages.Done(result));
            }
            return 0;
        }
        catch (FormatException e)
        {
            await Console.Error.WriteLineAsync($"notebooks worker: {e.Message}").ConfigureAwait(false);
            return 2;
        }
        catch (IOException)
        {
            return 0; // the parent went away mid-message
        }
    }

    /// <summary>
    /// Compiles and runs a trivial cell in a throwaway session, so that loading and compiling Roslyn (seconds on a busy
    /// machine) happens before the first real cell and does not count against its timeout, as it would not in a process
    /// that has already run a notebook.
    /// </summary>
    private static async Task WarmUpAsync()
    {
        var result = await new NotebookSession().ExecuteAsync("1 + 1", "warm-up", new DiscardingSink(), CancellationToken.None).ConfigureAwait(false);
        if (!result.Succeeded) throw new InvalidOperationException($"the worker's warm-up cell failed: {result.Error?.Describe()}");
    }
}
