using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;

namespace AttnTutorial.Notebooks.Browser;

/// <summary>
/// The Chrome DevTools Protocol over one WebSocket: commands get an id and their answer, events go to subscribers.
/// Sessions of page targets ride on the same socket ("flatten" mode), named by their session id.
/// </summary>
internal sealed class DevToolsConnection : IAsyncDisposable
{
    private readonly ClientWebSocket _socket = new();
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonObject>> _pending = new();
    private readonly List<Action<string, JsonObject, string?>> _listeners = [];
    private readonly CancellationTokenSource _closing = new();
    private Task _receiving = Task.CompletedTask;
    private int _lastId;

    public static async Task<DevToolsConnection> OpenAsync(Uri endpoint, CancellationToken cancellationToken)
    {
        var connection = new DevToolsConnection();
        connection._socket.Options.KeepAliveInterval = TimeSpan.Zero;
        await connection._socket.ConnectAsync(endpoint, cancellationToken).ConfigureAwait(false);
        connection._receiving = Task.Run(connection.ReceiveLoopAsync, CancellationToken.None);
        return connection;
    }

    /// <summary>Calls <paramref name="listener"/>(method, params, sessionId) for every event from now on, on the receiving thread.</summary>
    public void OnEvent(Action<string, JsonObject, string?> listener)
    {
        lock (_listeners) _listeners.Add(listener);
    }

    /// <summary>Sends one command and returns its result.</summary>
    /// <exception cref="DevToolsException">Chromium answered with an error, or the connection closed first.</exception>
    public async Task<JsonObject> SendAsync(string method, JsonObject? parameters = null, string? sessionId = null, CancellationToken cancellationToken = default)
    {
        int id = Interlocked.Increment(ref _lastId);
        var answer = new TaskCompletionSource<JsonObject>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = answer;
        var message = new JsonObject { ["id"] = id, ["method"] = method, ["params"] = parameters ?? new JsonObject() };
        if (sessionId is not null) message["sessionId"] = sessionId;
        await _socket.SendAsync(Encoding.UTF8.GetBytes(message.ToJsonString()), WebSocketMessageType.Text, endOfMessage: true, cancellationToken).ConfigureAwait(false);
        using (cancellationToken.Register(() => answer.TrySetCanceled(cancellationToken)))
        {
            var response = await answer.Task.ConfigureAwait(false);
            if (response["error"] is JsonObject error) throw new DevToolsException($"{method}: {(string?)error["message"]} {(string?)error["data"]}".TrimEnd());
            return response["result"] as JsonObject ?? [];
        }
    }

    private async Task ReceiveLoopAsync()
    {
        var buffer = new byte[1 << 16];
        using var message = new MemoryStream();
        try
        {
            while (_socket.State == WebSocketState.Open)
            {
                var received = await _socket.ReceiveAsync(buffer, _closing.Token).ConfigureAwait(false);
                if (received.MessageType == WebSocketMessageType.Close) break;
                message.Write(buffer, 0, received.Count);
                if (!received.EndOfMessage) continue;
                var json = JsonNode.Parse(message.GetBuffer().AsSpan(0, (int)message.Length)) as JsonObject;
                message.SetLength(0);
                if (json is null) continue;
                if (json["id"] is JsonValue idValue && _pending.TryRemove(idValue.GetValue<int>(), out var answer))
                {
                    answer.TrySetResult(json);
                }
                else if ((string?)json["method"] is { } method)
                {
                    Action<string, JsonObject, string?>[] listeners;
                    lock (_listeners) listeners = [.. _listeners];
                    foreach (var listener in listeners) listener(method, json["params"] as JsonObject ?? [], (string?)json["sessionId"]);
                }
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException)
        {
            // The browser went away or we are closing: whoever still waits hears about it below.
        }
        foreach (var answer in _pending.Values) answer.TrySetException(new DevToolsException("Chromium closed the DevTools connection"));
    }

    public async ValueTask DisposeAsync()
    {
        await _closing.CancelAsync().ConfigureAwait(false);
        try
        {
            await _receiving.ConfigureAwait(false);
        }
        finally
        {
            _socket.Dispose();
            _closing.Dispose();
        }
    }
}
