using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace AttnTutorial.Kernel.Protocol;

/// <summary>
/// The connection file a Jupyter client writes before starting the kernel: where to bind the five sockets and the
/// key every message is signed with.
/// </summary>
/// <param name="Transport">"tcp" or "ipc".</param>
/// <param name="Ip">The address to bind, e.g. "127.0.0.1"; for ipc, the path prefix of the socket files.</param>
/// <param name="Key">The HMAC key; empty disables signing, as the protocol allows.</param>
/// <param name="SignatureScheme">Only "hmac-sha256" is supported.</param>
internal sealed record ConnectionInfo(
    string Transport, string Ip, int ShellPort, int IopubPort, int StdinPort, int ControlPort, int HeartbeatPort,
    string Key, string SignatureScheme)
{
    public const string SupportedScheme = "hmac-sha256";

    /// <summary>Reads and validates a connection file.</summary>
    /// <exception cref="FormatException">The file is not JSON, misses a field, or names an unsupported transport or scheme; the message names the file and the field.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static ConnectionInfo Load(string path)
    {
        string text = File.ReadAllText(path);
        try
        {
            return Parse(text);
        }
        catch (FormatException e)
        {
            throw new FormatException($"{path}: {e.Message}", e);
        }
    }

    /// <exception cref="FormatException">See <see cref="Load"/>.</exception>
    public static ConnectionInfo Parse(string json)
    {
        JsonObject root;
        try
        {
            root = JsonNode.Parse(json) as JsonObject ?? throw new FormatException("the connection file is not a JSON object");
        }
        catch (JsonException e)
        {
            throw new FormatException($"the connection file is not valid JSON ({e.Message})", e);
        }
        string transport = String(root, "transport", "tcp");
        if (transport is not ("tcp" or "ipc")) throw new FormatException($"transport must be \"tcp\" or \"ipc\", got \"{transport}\"");
        string scheme = String(root, "signature_scheme", SupportedScheme);
        if (scheme != SupportedScheme) throw new FormatException($"signature_scheme must be \"{SupportedScheme}\", got \"{scheme}\"");
        return new ConnectionInfo(
            transport,
            String(root, "ip", null),
            Port(root, "shell_port"),
            Port(root, "iopub_port"),
            Port(root, "stdin_port"),
            Port(root, "control_port"),
            Port(root, "hb_port"),
            String(root, "key", ""),
            scheme);
    }

    /// <summary>The ZeroMQ endpoint for one of the ports, as Jupyter forms it.</summary>
    public string Endpoint(int port) =>
        Transport == "ipc"
            ? string.Create(CultureInfo.InvariantCulture, $"ipc://{Ip}-{port}")
            : string.Create(CultureInfo.InvariantCulture, $"tcp://{Ip}:{port}");

    private static string String(JsonObject root, string name, string? fallback)
    {
        var node = root[name];
        if (node is null)
            return fallback ?? throw new FormatException($"the field \"{name}\" is missing");
        if (node is JsonValue value && value.TryGetValue(out string? text)) return text;
        throw new FormatException($"the field \"{name}\" must be a string");
    }

    private static int Port(JsonObject root, string name)
    {
        var node = root[name] ?? throw new FormatException($"the field \"{name}\" is missing");
        if (node is JsonValue value && value.TryGetValue(out int port) && port is > 0 and <= 65535) return port;
        throw new FormatException($"the field \"{name}\" must be a port number from 1 to 65535, got {node.ToJsonString()}");
    }
}
