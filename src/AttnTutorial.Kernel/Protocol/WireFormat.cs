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

    // A repeated key is valid JSON to Python clients (the last value wins) but ambiguous: which code is meant? Such a
    // message is refused, never guessed at. The depth limit is System.Text.Json's default, stated here.
    private static readonly JsonDocumentOptions Strict = new() { AllowDuplicateProperties = false, MaxDepth = 64 };

    /// <summary>
    /// Reads received frames. Returns null, with the reason, for a malformed, wrongly signed or (with
    /// <paramref name="history"/>) replayed message, and for one whose header is not a JSON object. A signed message
    /// with a usable header but a broken parent header, metadata or content comes back with
    /// <see cref="JupyterMessage.Problem"/> set (and those parts empty), so that its sender can get an error reply.
    /// </summary>
    /// <param name="history">The signatures accepted so far; null to accept repeats (a client reading replies).</param>
    public static JupyterMessage? Decode(IReadOnlyList<byte[]> frames, MessageSigner signer, out string? rejection, SignatureHistory? history = null)
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
        if (signer.Enabled && history is not null && !history.Admit(signature))
        {
            rejection = "replayed message (its signature was seen before)";
            return null;
        }
        JsonObject header;
        try
        {
            header = ParseObject(parts[0], "header");
        }
        catch (FormatException e)
        {
            rejection = $"malformed message: {e.Message}";
            return null;
        }
        var identities = frames.Take(delimiter).ToList();
        var buffers = frames.Skip(delimiter + 6).ToList();
        rejection = null;
        try
        {
            var parent = ParseObject(parts[1], "parent_header");
            var metadata = ParseObject(parts[2], "metadata");
            var content = ParseObject(parts[3], "content");
            return new JupyterMessage(identities, header, parent, metadata, content, buffers);
        }
        catch (FormatException e)
        {
            return new JupyterMessage(identities, header, [], [], [], buffers) { Problem = e.Message };
        }
    }

    private static byte[] Json(JsonObject obj) => Encoding.UTF8.GetBytes(obj.ToJsonString());

    private static JsonObject ParseObject(byte[] frame, string part)
    {
        // The parser checks UTF-8 only in the string values it is asked for, later, in whichever handler asks first.
        if (!System.Text.Unicode.Utf8.IsValid(frame)) throw new FormatException($"the {part} is not valid JSON (it is not valid UTF-8)");
        try
        {
            return JsonNode.Parse(frame, documentOptions: Strict) as JsonObject ?? throw new FormatException($"the {part} is not a JSON object");
        }
        catch (JsonException e)
        {
            throw new FormatException($"the {part} is not valid JSON ({e.Message})", e);
        }
    }
}
