using System.Security.Cryptography;
using System.Text;

namespace AttnTutorial.Kernel.Protocol;

/// <summary>
/// Signs and checks messages: the hex HMAC-SHA256, under the connection file's key, of the header, parent header,
/// metadata and content frames in that order. With an empty key, signing is off (signatures are empty and not checked).
/// </summary>
internal sealed class MessageSigner
{
    private readonly byte[] _key;

    public MessageSigner(string key)
    {
        _key = Encoding.UTF8.GetBytes(key);
    }

    public bool Enabled => _key.Length > 0;

    /// <summary>The signature frame for these four frames (header, parent header, metadata, content).</summary>
    public string Sign(ReadOnlySpan<byte[]> parts)
    {
        if (!Enabled) return "";
        return Convert.ToHexStringLower(Compute(parts));
    }

    /// <summary>True when <paramref name="signature"/> is the signature of the four frames; compared in constant time.</summary>
    public bool Verify(string signature, ReadOnlySpan<byte[]> parts)
    {
        if (!Enabled) return true;
        if (signature.Length != HMACSHA256.HashSizeInBytes * 2) return false;
        byte[] given;
        try
        {
            given = Convert.FromHexString(signature);
        }
        catch (FormatException)
        {
            return false;
        }
        return CryptographicOperations.FixedTimeEquals(given, Compute(parts));
    }

    private byte[] Compute(ReadOnlySpan<byte[]> parts)
    {
        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, _key);
        foreach (byte[] part in parts) hmac.AppendData(part);
        return hmac.GetHashAndReset();
    }
}
