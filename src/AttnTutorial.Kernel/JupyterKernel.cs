using System.Text.Json.Nodes;
using AttnTutorial.Kernel.Channels;
using AttnTutorial.Kernel.Execution;
using AttnTutorial.Kernel.Handlers;
using AttnTutorial.Kernel.Language;
using AttnTutorial.Kernel.Protocol;
using AttnTutorial.Notebooks.Execution;
using NetMQ;

namespace AttnTutorial.Kernel;

/// <summary>
/// The kernel: binds the five sockets of the connection file, answers requests until a shutdown request (or the
/// client's death), then closes everything. Threads: the socket thread (shell, control, stdin), the IOPub thread, the
/// heartbeat thread, the execution thread (cells) and the assist thread (completion, inspection).
/// </summary>
internal static class JupyterKernel
{
    /// <summary>Runs until shut down.</summary>
    /// <exception cref="InvalidOperationException">A socket cannot bind its address.</exception>
    public static void Run(ConnectionInfo connection, SessionOptions options)
    {
        try
        {
            Serve(connection, options);
        }
        finally
        {
            // Only once every socket and poller is closed: terminating the context under a live poller throws.
            NetMQConfig.Cleanup(block: false);
        }
        KernelLog.Info("shut down");
    }

    private static void Serve(ConnectionInfo connection, SessionOptions options)
    {
        var signer = new MessageSigner(connection.Key);
        if (!signer.Enabled) KernelLog.Warn("the connection file has an empty key: messages are not signed or checked");
        var builder = new MessageBuilder(Guid.NewGuid().ToString());
        using var stopped = new ManualResetEventSlim();

        using var iopub = new IopubPublisher(connection.Endpoint(connection.IopubPort), signer);
        using var heartbeat = new Heartbeat(connection.Endpoint(connection.HeartbeatPort));
        var host = new SessionHost(options);
        using var execution = new ExecutionQueue(host);
        using var assist = new WorkQueue("assist");
        RequestDispatcher? dispatcher = null;
        using (var router = new RequestRouter(connection, signer, (channel, message) => dispatcher!.Dispatch(channel, message)))
        {
            var outbox = new Outbox(router, iopub, builder);
            dispatcher = new RequestDispatcher(outbox,
            [
                new KernelInfoHandler(),
                new ExecuteHandler(execution),
                new InterruptHandler(execution),
                new ShutdownHandler(stopped.Set),
                new IsCompleteHandler(),
                new CompleteHandler(assist, new CompletionProvider(() => host.Session)),
                new InspectHandler(assist, new InspectionProvider(() => host.Session)),
                FixedReplyHandler.History,
                FixedReplyHandler.CommInfo,
            ]);
            iopub.Publish(builder.Broadcast(null, "status", new JsonObject { ["execution_state"] = "starting" }));
            router.Start();
            KernelLog.Info($"listening on {connection.Endpoint(connection.ShellPort)} (shell) and the four other ports of the connection file");
            using var watcher = new ParentWatcher(stopped.Set);
            stopped.Wait();
        }
        KernelLog.Info("shutting down");
    }
}
