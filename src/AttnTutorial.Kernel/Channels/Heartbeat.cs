using NetMQ;
using NetMQ.Sockets;

namespace AttnTutorial.Kernel.Channels;

/// <summary>The heartbeat REP socket on its own thread: echoes every ping at once, whatever the kernel is doing.</summary>
internal sealed class Heartbeat : IDisposable
{
    private readonly ResponseSocket _socket;
    private readonly NetMQPoller _poller;

    public Heartbeat(string endpoint)
    {
        _socket = new ResponseSocket();
        _socket.Options.Linger = TimeSpan.Zero;
        SocketBinder.Bind(_socket, endpoint, "heartbeat");
        _socket.ReceiveReady += (_, e) =>
        {
            var frames = new List<byte[]>();
            while (e.Socket.TryReceiveMultipartBytes(ref frames)) _socket.SendMultipartBytes(frames);
        };
        _poller = new NetMQPoller { _socket };
        _poller.RunAsync("heartbeat", isBackgroundThread: true);
    }

    public void Dispose()
    {
        _poller.Stop();
        _poller.Dispose();
        _socket.Dispose();
    }
}
