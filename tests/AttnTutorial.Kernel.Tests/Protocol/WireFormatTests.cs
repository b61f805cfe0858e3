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
