using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace AttnTutorial.Kernel.Protocol;

/// <summary>
/// The frames of a message on the wire: routing identities, the delimiter <c>&lt;IDS|MSG&gt;</c>, the signature, the
/// header, parent header, metadata and content as UTF-8 JSON, then binary buffers.
/// </summary>
internal static class WireFormat
{
    public const string Delimiter = "<IDS|MSG>";

    private static readonly byte[] DelimiterBytes = Encoding.ASCII.GetBytes(Delimiter);

    /// <summary>The frames to send, signed by <paramref name="signer"/>.</summary>
    public static List<byte[]> Encode(JupyterMessage message, MessageSigner signer)
    {
        byte[][] parts =
        [
            Json(message.Header),
            Json(message.ParentHeader),
            Json(message.Metadata),
            Json(message.Content),
        ];
        var frames = new List<byte[]>(message.Identities.Count + 6 + message.Buffers.Count);
        frames.AddRange(message.Identities);
        frames.Add(DelimiterBytes);
        frames.Add(Encoding.ASCII.GetBytes(signer.Sign(parts)));
        frames.AddRange(parts);
        frames.AddRange(message.Buffers);
        return frames;
    }

    /// <summary>Reads received frames. Returns null, with the reason, for a malformed or wrongly signed message.</summary>
    public static JupyterMessage? Decode(IReadOnlyList<byte[]> frames, MessageSigner signer, out string? rejection)
    {
        int delimiter = -1;
        for (int i = 0; i < frames.Count; i++)
        {
            if (frames[i].AsSpan().SequenceEqual(DelimiterBytes))
            {
                delimiter = i;
                break;
            }
        }
        if (delimiter < 0 || frames.Count < delimiter + 6)
        {
            rejection = $"malformed message: {frames.Count} frames and {(delimiter < 0 ? "no" : "a")} {Delimiter} delimiter";
            return null;
        }
        string signature = Encoding.ASCII.GetString(frames[delimiter + 1]);
        byte[][] parts = [frames[delimiter + 2], frames[delimiter + 3], frames[delimiter + 4], frames[delimiter + 5]];
        if (!signer.Verify(signature, parts))
        {
            rejection = signature.Length == 0 ? "message without a signature" : "message with a wrong signature";
            return null;
        }
        try
        {
            var header = ParseObject(parts[0], "header");
            var parent = ParseObject(parts[1], "parent_header");
            var metadata = ParseObject(parts[2], "metadata");
            var content = ParseObject(parts[3], "content");
            rejection = null;
            return new JupyterMessage(frames.Take(delimiter).ToList(), header, parent, metadata, content, frames.Skip(delimiter + 6).ToList());
        }
        catch (FormatException e)
        {
            rejection = $"malformed message: {e.Message}";
            return null;
        }
    }

    private static byte[] Json(JsonObject obj) => Encoding.UTF8.GetBytes(obj.ToJsonString());

    private static JsonObject ParseObject(byte[] frame, string part)
    {
        try
        {
            return JsonNode.Parse(frame) as JsonObject ?? throw new FormatException($"the {part} is not a JSON object");
        }
        catch (JsonException e)
        {
            throw new FormatException($"the {part} is not valid JSON ({e.Message})", e);
        }
    }
}
