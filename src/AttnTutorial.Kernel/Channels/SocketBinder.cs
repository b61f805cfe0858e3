using NetMQ;

namespace AttnTutorial.Kernel.Channels;

/// <summary>Binds a socket to exactly the endpoint of the connection file, with an error that names the channel.</summary>
internal static class SocketBinder
{
    /// <exception cref="InvalidOperationException">The address is taken or invalid; the socket is disposed.</exception>
    public static void Bind(NetMQSocket socket, string endpoint, string channel)
    {
        try
        {
            socket.Bind(endpoint);
        }
        catch (Exception e) when (e is NetMQException or ArgumentException or System.Net.Sockets.SocketException)
        {
            socket.Dispose();
            throw new InvalidOperationException($"cannot bind the {channel} socket to {endpoint}: {e.Message}", e);
        }
    }
}
