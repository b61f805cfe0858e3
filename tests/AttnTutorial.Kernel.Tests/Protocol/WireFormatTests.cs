using System.Text;
using System.Text.Json.Nodes;
using AttnTutorial.Kernel.Protocol;

namespace AttnTutorial.Kernel.Tests.Protocol;

public class WireFormatTests
{
    private static readonly MessageSigner Signer = new("key");

    private static JupyterMessage Request()
    {
        var builder = new MessageBuilder("client-session");
        var message = builder.Broadcast(null, "execute_request", new JsonObject { ["code"] = "1 + 1", ["silent"] = false });
        return new JupyterMessage([[1, 2, 3], "peer"u8.ToArray()], message.Header, message.ParentHeader, message.Metadata, message.Content, [[9, 9]]);
    }

    private static List<byte[]> Signed(string header, string content)
    {
        byte[][] parts = [Encoding.UTF8.GetBytes(header), "{}"u8.ToArray(), "{}"u8.ToArray(), Encoding.UTF8.GetBytes(content)];
        return [Encoding.ASCII.GetBytes(WireFormat.Delimiter), Encoding.ASCII.GetBytes(Signer.Sign(parts)), .. parts];
    }

    [Fact]
    public void EncodeDecode_RoundTrip_KeepsIdentitiesPartsAndBuffers()
    {
        var original = Request();

        var frames = WireFormat.Encode(original, Signer);
        var decoded = WireFormat.Decode(frames, Signer, out string? rejection);

        Assert.Null(rejection);
        Assert.NotNull(decoded);
        Assert.Equal(original.Identities, decoded.Identities);
        Assert.Equal("execute_request", decoded.MsgType);
        Assert.Equal(original.MsgId, decoded.MsgId);
        Assert.Equal("1 + 1", decoded.ContentText("code"));
        Assert.False(decoded.ContentFlag("silent", true));
        Assert.Equal(original.Buffers, decoded.Buffers);
    }

    [Fact]
    public void Encode_LaysOutFramesAsTheProtocolSays()
    {
        var frames = WireFormat.Encode(Request(), Signer);

        Assert.Equal(2 + 6 + 1, frames.Count);
        Assert.Equal(WireFormat.Delimiter, Encoding.ASCII.GetString(frames[2]));
        Assert.Equal(Signer.Sign([frames[4], frames[5], frames[6], frames[7]]), Encoding.ASCII.GetString(frames[3]));
    }

    [Fact]
    public void Decode_TamperedContent_IsRejected()
    {
        var frames = WireFormat.Encode(Request(), Signer);
        frames[7] = Encoding.UTF8.GetBytes("""{"code":"File.Delete(\"x\")"}""");

        Assert.Null(WireFormat.Decode(frames, Signer, out string? rejection));
        Assert.Contains("wrong signature", rejection, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_MissingSignature_IsRejected()
    {
        var frames = WireFormat.Encode(Request(), new MessageSigner(""));

        Assert.Null(WireFormat.Decode(frames, Signer, out string? rejection));
        Assert.Contains("without a signature", rejection, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_NoDelimiter_IsRejected()
    {
        var frames = WireFormat.Encode(Request(), Signer);
        frames.RemoveAt(2);

        Assert.Null(WireFormat.Decode(frames, Signer, out string? rejection));
        Assert.Contains("malformed", rejection, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_RepeatedHeaderKey_IsRejectedNamingTheKey()
    {
        var frames = Signed("""{"msg_id":"1","msg_type":"execute_request","msg_type":"shutdown_request"}""", """{"code":"1"}""");

        Assert.Null(WireFormat.Decode(frames, Signer, out string? rejection));
        Assert.Contains("header", rejection, StringComparison.Ordinal);
        Assert.Contains("msg_type", rejection, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_RepeatedContentKey_KeepsTheHeaderAndNamesTheProblem()
    {
        var frames = Signed("""{"msg_id":"1","msg_type":"execute_request"}""", """{"code":"1","silent":false,"code":"2"}""");

        var decoded = WireFormat.Decode(frames, Signer, out string? rejection);

        Assert.Null(rejection);
        Assert.NotNull(decoded);
        Assert.Equal(("execute_request", "1"), (decoded.MsgType, decoded.MsgId));
        Assert.Empty(decoded.Content);
        Assert.Contains("content", decoded.Problem, StringComparison.Ordinal);
        Assert.Contains("code", decoded.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_ContentNotUtf8_NamesTheProblem()
    {
        var frames = Signed("""{"msg_id":"1","msg_type":"execute_request"}""", "{}");
        frames[^1] = [(byte)'{', (byte)'"', (byte)'c', (byte)'"', (byte)':', (byte)'"', 0xff, (byte)'"', (byte)'}'];
        frames[1] = Encoding.ASCII.GetBytes(Signer.Sign([.. frames.Skip(2)]));

        var decoded = WireFormat.Decode(frames, Signer, out _);

        Assert.NotNull(decoded);
        Assert.Contains("content is not valid JSON", decoded.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_ReplayedMessage_IsRejectedOnlyWithAHistory()
    {
        var frames = WireFormat.Encode(Request(), Signer);
        var history = new SignatureHistory();

        Assert.NotNull(WireFormat.Decode(frames, Signer, out _, history));
        Assert.Null(WireFormat.Decode(frames, Signer, out string? rejection, history));
        Assert.Contains("replayed", rejection, StringComparison.Ordinal);
        Assert.NotNull(WireFormat.Decode(frames, Signer, out _));
    }

    [Fact]
    public void Decode_UnsignedWithoutKey_IsNeverTakenForAReplay()
    {
        var unsigned = new MessageSigner("");
        var frames = WireFormat.Encode(Request(), unsigned);
        var history = new SignatureHistory();

        Assert.NotNull(WireFormat.Decode(frames, unsigned, out _, history));
        Assert.NotNull(WireFormat.Decode(frames, unsigned, out _, history));
    }

    [Fact]
    public void Reply_CopiesParentHeaderAndRoutesBack()
    {
        var request = Request();

        var reply = new MessageBuilder("kernel-session").Reply(request, "execute_reply", new JsonObject { ["status"] = "ok" });

        Assert.Equal(request.Identities, reply.Identities);
        Assert.Equal(request.MsgId, reply.ParentHeader["msg_id"]!.GetValue<string>());
        Assert.Equal("kernel-session", reply.Header["session"]!.GetValue<string>());
        Assert.Equal("5.3", reply.Header["version"]!.GetValue<string>());
    }
}
