using AttnTutorial.Kernel.Protocol;
using NetMQ;
using NetMQ.Sockets;

namespace AttnTutorial.Kernel.Channels;

/// <summary>
/// The shell, control and stdin ROUTER sockets, all owned by one poller thread (the socket thread). Incoming messages
/// are checked and decoded there and handed to the request callback, which must not block; replies from any thread are
/// queued with <see cref="Send"/> and sent by the socket thread.
/// </summary>
internal sealed class RequestRouter : IDisposable
{
    private sealed record Outgoing(Channel Channel, JupyterMessage Message, Action? AfterSent);

    private readonly MessageSigner _signer;
    private readonly SignatureHistory _history = new();
    private readonly Action<Channel, JupyterMessage> _onRequest;
    private readonly Dictionary<Channel, RouterSocket> _sockets = [];
    private readonly NetMQQueue<Outgoing> _outgoing = new();
    private readonly NetMQPoller _poller;

    /// <exception cref="InvalidOperationException">A socket cannot bind its address.</exception>
    public RequestRouter(ConnectionInfo connection, MessageSigner signer, Action<Channel, JupyterMessage> onRequest)
    {
        _signer = signer;
        _onRequest = onRequest;
        _poller = new NetMQPoller { _outgoing };
        _outgoing.ReceiveReady += (_, e) =>
        {
            while (e.Queue.TryDequeue(out var item, TimeSpan.Zero)) SendNow(item);
        };
        try
        {
            Add(Channel.Shell, connection.Endpoint(connection.ShellPort));
            Add(Channel.Control, connection.Endpoint(connection.ControlPort));
            Add(Channel.Stdin, connection.Endpoint(connection.StdinPort));
        }
        catch
        {
            Dispose();
            throw;
        }
    }

    public void Start() => _poller.RunAsync("sockets", isBackgroundThread: true);

    /// <summary>Queues <paramref name="message"/> for its channel; <paramref name="afterSent"/> runs on the socket thread once it is sent.</summary>
    public void Send(Channel channel, JupyterMessage message, Action? afterSent = null) =>
        _outgoing.Enqueue(new Outgoing(channel, message, afterSent));

    public void Dispose()
    {
        if (_poller.IsRunning) _poller.Stop();
        _poller.Dispose();
        foreach (var socket in _sockets.Values) socket.Dispose();
        _outgoing.Dispose();
    }

    private void Add(Channel channel, string endpoint)
    {
        var socket = new RouterSocket();
        socket.Options.Linger = TimeSpan.FromSeconds(1);
        SocketBinder.Bind(socket, endpoint, channel.ToString().ToLowerInvariant());
        socket.ReceiveReady += (_, e) =>
        {
            var frames = new List<byte[]>();
            while (e.Socket.TryReceiveMultipartBytes(ref frames))
            {
                Receive(channel, frames);
                frames = [];
            }
        };
        _sockets[channel] = socket;
        _poller.Add(socket);
    }

    // Runs on the poller thread, where an escaping exception would end the process: nothing from a message, however
    // broken, may get out of here.
    private void Receive(Channel channel, List<byte[]> frames)
    {
        JupyterMessage? message;
        string? rejection;
        try
        {
            message = WireFormat.Decode(frames, _signer, out rejection, _history);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            KernelLog.Error($"{channel}: rejected a message that could not be read: {e.GetType().Name}: {e.Message}");
            return;
        }
        if (message is null)
        {
            // Never executed, never answered: a sender without the key learns nothing.
            KernelLog.Warn($"{channel}: rejected a {rejection}");
            return;
        }
        try
        {
            _onRequest(channel, message);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            KernelLog.Error($"{channel}: handling {message.MsgType} failed: {e}");
        }
    }

    private void SendNow(Outgoing item)
    {
        try
        {
            _sockets[item.Channel].SendMultipartBytes(WireFormat.Encode(item.Message, _signer));
        }
        catch (NetMQException e)
        {
            KernelLog.Error($"{item.Channel}: cannot send {item.Message.MsgType}: {e.Message}");
        }
        item.AfterSent?.Invoke();
    }
}
