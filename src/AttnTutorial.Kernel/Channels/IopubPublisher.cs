using System.Collections.Concurrent;
using AttnTutorial.Kernel.Protocol;
using NetMQ;
using NetMQ.Sockets;

namespace AttnTutorial.Kernel.Channels;

/// <summary>
/// The IOPub PUB socket, owned by one dedicated thread that sends whatever <see cref="Publish"/> queues, in order.
/// Any thread may publish: the cell's outputs come from the worker or from threads the cell started.
/// </summary>
internal sealed class IopubPublisher : IDisposable
{
    private readonly BlockingCollection<JupyterMessage> _queue = new();
    private readonly MessageSigner _signer;
    private readonly Thread _thread;
    private readonly ManualResetEventSlim _bound = new();
    private Exception? _bindError;

    public IopubPublisher(string endpoint, MessageSigner signer)
    {
        _signer = signer;
        _thread = new Thread(() => Run(endpoint)) { IsBackground = true, Name = "iopub" };
        _thread.Start();
        _bound.Wait();
        if (_bindError is not null) throw _bindError;
    }

    /// <summary>Queues a message; never blocks. Messages after <see cref="Dispose"/> are dropped.</summary>
    public void Publish(JupyterMessage message)
    {
        try
        {
            _queue.Add(message);
        }
        catch (InvalidOperationException)
        {
            // Shutting down: a late output from an abandoned cell has nowhere to go.
        }
    }

    /// <summary>Sends what is queued, then closes the socket.</summary>
    public void Dispose()
    {
        _queue.CompleteAdding();
        _thread.Join(TimeSpan.FromSeconds(5));
        _queue.Dispose();
        _bound.Dispose();
    }

    private void Run(string endpoint)
    {
        var socket = new PublisherSocket();
        socket.Options.Linger = TimeSpan.FromSeconds(1);
        try
        {
            SocketBinder.Bind(socket, endpoint, "iopub");
        }
        catch (InvalidOperationException e)
        {
            _bindError = e;
            _bound.Set();
            return;
        }
        _bound.Set();
        using (socket)
        {
            foreach (var message in _queue.GetConsumingEnumerable())
            {
                try
                {
                    socket.SendMultipartBytes(WireFormat.Encode(message, _signer));
                }
                catch (NetMQException e)
                {
                    KernelLog.Error($"iopub: cannot send {message.MsgType}: {e.Message}");
                }
            }
        }
    }
}
