using System.Globalization;
using System.Text;

namespace AttnTutorial.Notebooks.Ipynb;

/// <summary>
/// Reads a notebook file's text as UTF-8 (nbformat requires it; a byte-order mark is allowed). Bytes that are not valid
/// UTF-8 are read as U+FFFD, as <see cref="File.ReadAllText(string)"/> does, but not silently: a warning names the file,
/// the byte offset and the line of the first one.
/// </summary>
internal static class NotebookText
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly UTF8Encoding Lenient = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    /// <param name="warnings">Receives the invalid-UTF-8 warning, if any; null to drop it.</param>
    public static string ReadFile(string path, ICollection<string>? warnings)
    {
        byte[] bytes = File.ReadAllBytes(path);
        int start = bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? Encoding.UTF8.Preamble.Length : 0;
        try
        {
            return Strict.GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException e)
        {
            warnings?.Add(InvalidUtf8Warning(path, bytes, start + Math.Max(e.Index, 0)));
            return Lenient.GetString(bytes, start, bytes.Length - start);
        }
    }

    private static string InvalidUtf8Warning(string path, byte[] bytes, int offset)
    {
        int line = bytes.AsSpan(0, Math.Min(offset, bytes.Length)).Count((byte)'\n') + 1;
        int invalid = CountInvalidSequences(bytes);
        string more = invalid > 1 ? string.Create(CultureInfo.InvariantCulture, $" and {invalid - 1} more place(s)") : "";
        return string.Create(CultureInfo.InvariantCulture,
            $"{path}: invalid UTF-8 at byte {offset} (line {line}){more}; read as U+FFFD (\uFFFD). Save the notebook as UTF-8 to keep those characters.");
    }

    /// <summary>How many invalid sequences the bytes hold: each one the lenient decoder turns into a U+FFFD that the bytes did not spell.</summary>
    private static int CountInvalidSequences(byte[] bytes)
    {
        string text = Lenient.GetString(bytes);
        int replacements = text.AsSpan().Count('\uFFFD');
        // U+FFFD written as valid UTF-8 (EF BF BD) is a real character, not a decoding error.
        int genuine = 0;
        for (int i = bytes.AsSpan().IndexOf(ReplacementCharacter); i >= 0;)
        {
            genuine++;
            int next = bytes.AsSpan(i + 3).IndexOf(ReplacementCharacter);
            i = next < 0 ? -1 : i + 3 + next;
        }
        return replacements - genuine;
    }

    private static ReadOnlySpan<byte> ReplacementCharacter => [0xEF, 0xBF, 0xBD];
}
