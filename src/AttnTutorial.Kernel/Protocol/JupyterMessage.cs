using System.Text.Json.Nodes;

namespace AttnTutorial.Kernel.Protocol;

/// <summary>
/// One Jupyter message: the routing identities it came with (replies go back to them), its four JSON parts and any
/// binary buffers. <see cref="WireFormat"/> turns it into frames and back.
/// </summary>
internal sealed class JupyterMessage
{
    public JupyterMessage(
        IReadOnlyList<byte[]> identities, JsonObject header, JsonObject parentHeader, JsonObject metadata, JsonObject content,
        IReadOnlyList<byte[]>? buffers = null)
    {
        Identities = identities;
        Header = header;
        ParentHeader = parentHeader;
        Metadata = metadata;
        Content = content;
        Buffers = buffers ?? [];
    }

    public IReadOnlyList<byte[]> Identities { get; }

    public JsonObject Header { get; }

    public JsonObject ParentHeader { get; }

    public JsonObject Metadata { get; }

    public JsonObject Content { get; }

    public IReadOnlyList<byte[]> Buffers { get; }

    /// <summary>Why a received message cannot be handled although its signature and header are good (e.g. its content repeats a key); null when it can.</summary>
    public string? Problem { get; init; }

    public string MsgType => Text(Header, "msg_type") ?? "";

    public string MsgId => Text(Header, "msg_id") ?? "";

    /// <summary>A string field of the content, or <paramref name="fallback"/> when absent or not a string.</summary>
    public string? ContentText(string name, string? fallback = null) => Text(Content, name) ?? fallback;

    /// <summary>A boolean field of the content, or <paramref name="fallback"/>.</summary>
    public bool ContentFlag(string name, bool fallback) =>
        Content[name] is JsonValue v && v.TryGetValue(out bool flag) ? flag : fallback;

    /// <summary>An integer field of the content, or <paramref name="fallback"/>.</summary>
    public int ContentNumber(string name, int fallback) =>
        Content[name] is JsonValue v && v.TryGetValue(out int number) ? number : fallback;

    private static string? Text(JsonObject obj, string name) =>
        obj[name] is JsonValue v && v.TryGetValue(out string? text) ? text : null;
}
