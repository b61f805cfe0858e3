using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;
using AttnTutorial.Kernel.Protocol;
using NetMQ;
using NetMQ.Sockets;

namespace AttnTutorial.Kernel.Tests.EndToEnd;

/// <summary>
/// The built kernel started as a client starts it (`dotnet AttnTutorial.Kernel.dll connection.json`) and a minimal
/// client in C#: a DEALER on shell, a SUB on iopub, a REQ on the heartbeat. Needs no Python.
/// </summary>
internal sealed class KernelProcess : IDisposable
{
    private readonly TempFolder _temp = new();
    private readonly Process _process;
    private readonly StringBuilder _log = new();
    private readonly DealerSocket _shell = new();
    private readonly SubscriberSocket _iopub = new();
    private readonly MessageBuilder _builder = new("test-client");

    public KernelProcess()
    {
        int[] ports = FreePorts(5);
        Connection = new ConnectionInfo("tcp", "127.0.0.1", ports[0], ports[1], ports[2], ports[3], ports[4], Guid.NewGuid().ToString(), "hmac-sha256");
        string file = Path.Combine(_temp.Path, "connection.json");
        File.WriteAllText(file, new JsonObject
        {
            ["transport"] = "tcp", ["ip"] = "127.0.0.1", ["key"] = Connection.Key, ["signature_scheme"] = "hmac-sha256",
            ["shell_port"] = ports[0], ["iopub_port"] = ports[1], ["stdin_port"] = ports[2], ["control_port"] = ports[3], ["hb_port"] = ports[4],
        }.ToJsonString());
        _process = Start(file, _log);
        Signer = new MessageSigner(Connection.Key);
        _shell.Options.Linger = TimeSpan.Zero;
        _shell.Connect(Connection.Endpoint(Connection.ShellPort));
        _iopub.Options.Linger = TimeSpan.Zero;
        _iopub.Connect(Connection.Endpoint(Connection.IopubPort));
        _iopub.SubscribeToAnyTopic();
    }

    public ConnectionInfo Connection { get; }

    public MessageSigner Signer { get; }

    public Process Process => _process;

    public string Log
    {
        get
        {
            lock (_log) return _log.ToString();
        }
    }

    /// <summary>Starts the kernel assembly in this test output with <paramref name="arguments"/>, collecting its standard error.</summary>
    public static Process Start(string arguments, StringBuilder log)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "AttnTutorial.Kernel.dll"));
        if (arguments.Length > 0) start.ArgumentList.Add(arguments);
        var process = new Process { StartInfo = start };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (log) log.AppendLine(e.Data); };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (log) log.AppendLine(e.Data); };
        process.Start();
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        return process;
    }

    /// <summary>Sends a request on shell, signed with <paramref name="signer"/> (default: the right key); returns its msg_id.</summary>
    public string Send(string msgType, JsonObject content, MessageSigner? signer = null)
    {
        var message = _builder.Broadcast(null, msgType, content);
        var request = new JupyterMessage([], message.Header, message.ParentHeader, message.Metadata, message.Content);
        _shell.SendMultipartBytes(WireFormat.Encode(request, signer ?? Signer));
        return request.MsgId;
    }

    /// <summary>The next shell message, or null after <paramref name="timeout"/>.</summary>
    public JupyterMessage? Receive(TimeSpan timeout)
    {
        var frames = new List<byte[]>();
        if (!_shell.TryReceiveMultipartBytes(timeout, ref frames)) return null;
        return WireFormat.Decode(frames, Signer, out string? rejection) ?? throw new InvalidOperationException($"bad reply: {rejection}");
    }

    /// <summary>IOPub messages whose parent is <paramref name="msgId"/>, up to its idle status.</summary>
    public List<JupyterMessage> Outputs(string msgId, TimeSpan timeout)
    {
        var outputs = new List<JupyterMessage>();
        var deadline = DateTime.UtcNow + timeout;
        var frames = new List<byte[]>();
        while (_iopub.TryReceiveMultipartBytes(deadline - DateTime.UtcNow, ref frames))
        {
            var message = WireFormat.Decode(frames, Signer, out _);
            if (message is null || message.ParentHeader["msg_id"]?.GetValue<string>() != msgId) continue;
            if (message.MsgType == "status" && message.ContentText("execution_state") == "idle") return outputs;
            outputs.Add(message);
            if (DateTime.UtcNow > deadline) break;
        }
        throw new TimeoutException($"no idle status for {msgId} within {timeout}; kernel log:\n{Log}");
    }

    public void Dispose()
    {
        _shell.Dispose();
        _iopub.Dispose();
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
        _process.Dispose();
        _temp.Dispose();
    }

    private static int[] FreePorts(int count)
    {
        var listeners = Enumerable.Range(0, count).Select(_ => new TcpListener(IPAddress.Loopback, 0)).ToList();
        listeners.ForEach(l => l.Start());
        int[] ports = listeners.Select(l => ((IPEndPoint)l.LocalEndpoint).Port).ToArray();
        listeners.ForEach(l => l.Stop());
        return ports;
    }
}
