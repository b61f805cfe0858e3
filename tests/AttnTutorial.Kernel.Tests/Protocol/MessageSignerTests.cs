using System.Text;
using AttnTutorial.Kernel.Protocol;

namespace AttnTutorial.Kernel.Tests.Protocol;

public class MessageSignerTests
{
    private static readonly byte[][] Parts =
        [Encoding.UTF8.GetBytes("""{"msg_type":"kernel_info_request"}"""), "{}"u8.ToArray(), "{}"u8.ToArray(), "{}"u8.ToArray()];

    // Python: hmac.new(b"secret-key", digestmod=hashlib.sha256), updated with the four parts in order.
    private const string Expected = "d17a518f90349ab4b45de23230479bdf374054dd63a38de80b2e81572e765d0f";

    [Fact]
    public void Sign_MatchesPythonHmac()
    {
        Assert.Equal(Expected, new MessageSigner("secret-key").Sign(Parts));
    }

    [Fact]
    public void Verify_RightSignature_Accepts()
    {
        Assert.True(new MessageSigner("secret-key").Verify(Expected, Parts));
        Assert.True(new MessageSigner("secret-key").Verify(Expected.ToUpperInvariant(), Parts));
    }

    [Theory]
    [InlineData("")]
    [InlineData("d17a518f")]
    [InlineData("e17a518f90349ab4b45de23230479bdf374054dd63a38de80b2e81572e765d0f")]
    [InlineData("zz7a518f90349ab4b45de23230479bdf374054dd63a38de80b2e81572e765d0f")]
    public void Verify_WrongOrMissingSignature_Rejects(string signature)
    {
        Assert.False(new MessageSigner("secret-key").Verify(signature, Parts));
    }

    [Fact]
    public void Verify_OtherKey_Rejects()
    {
        Assert.False(new MessageSigner("other-key").Verify(Expected, Parts));
    }

    [Fact]
    public void EmptyKey_SignsNothingAndChecksNothing()
    {
        var signer = new MessageSigner("");

        Assert.False(signer.Enabled);
        Assert.Equal("", signer.Sign(Parts));
        Assert.True(signer.Verify("", Parts));
    }
}
