using System.Globalization;
using System.Text.Json.Nodes;

namespace AttnTutorial.Kernel.Protocol;

/// <summary>Makes the kernel's messages: fresh headers under the kernel's session id, parent headers copied from the request.</summary>
internal sealed class MessageBuilder
{
    public const string ProtocolVersion = "5.3";

    public MessageBuilder(string session)
    {
        Session = session;
    }

    /// <summary>The kernel's session id, the same in every message it sends.</summary>
    public string Session { get; }

    /// <summary>The reply type of a request type: "complete_request" → "complete_reply".</summary>
    public static string ReplyTypeOf(string requestType) =>
        requestType.EndsWith("_request", StringComparison.Ordinal) ? requestType[..^"_request".Length] + "_reply" : requestType + "_reply";

    /// <summary>A reply to <paramref name="request"/>, routed to the identities it came from.</summary>
    public JupyterMessage Reply(JupyterMessage request, string msgType, JsonObject content) =>
        new(request.Identities, Header(msgType), (JsonObject)request.Header.DeepClone(), new JsonObject(), content);

    /// <summary>An IOPub message caused by <paramref name="parent"/> (null for none, e.g. the "starting" status).</summary>
    public JupyterMessage Broadcast(JupyterMessage? parent, string msgType, JsonObject content) =>
        new([System.Text.Encoding.UTF8.GetBytes($"kernel.{Session}.{msgType}")], Header(msgType),
            parent is null ? new JsonObject() : (JsonObject)parent.Header.DeepClone(), new JsonObject(), content);

    private JsonObject Header(string msgType) => new()
    {
        ["msg_id"] = Guid.NewGuid().ToString("N"),
        ["session"] = Session,
        ["username"] = "kernel",
        ["date"] = DateTimeOffset.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture),
        ["msg_type"] = msgType,
        ["version"] = ProtocolVersion,
    };
}
