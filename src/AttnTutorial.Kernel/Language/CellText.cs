using System.Text;

namespace AttnTutorial.Kernel.Language;

/// <summary>
/// Offsets and text of a cell as completion and inspection see it. Jupyter counts cursor positions in Unicode code
/// points, Roslyn in UTF-16 units; directive lines (<c>#r</c>, <c>#!</c>) are not C#, so they are blanked with spaces,
/// which keeps every offset where it was.
/// </summary>
internal static class CellText
{
    /// <summary>The UTF-16 index of the <paramref name="codePoints"/>-th code point (clamped to the text).</summary>
    public static int ToUtf16(string text, int codePoints)
    {
        int index = 0;
        for (int seen = 0; seen < codePoints && index < text.Length; seen++)
            index += char.IsHighSurrogate(text[index]) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]) ? 2 : 1;
        return index;
    }

    /// <summary>How many code points precede the UTF-16 index <paramref name="utf16"/>.</summary>
    public static int ToCodePoints(string text, int utf16)
    {
        int count = 0;
        for (int i = 0; i < utf16 && i < text.Length; i++)
        {
            if (!(char.IsLowSurrogate(text[i]) && i > 0 && char.IsHighSurrogate(text[i - 1]))) count++;
        }
        return count;
    }

    /// <summary>The cell with directive lines and carriage returns replaced by spaces: C# only, same length, same offsets.</summary>
    public static string MaskDirectives(string code)
    {
        var b = new StringBuilder(code);
        int lineStart = 0;
        for (int i = 0; i <= code.Length; i++)
        {
            if (i < code.Length && code[i] != '\n') continue;
            var line = code.AsSpan(lineStart, i - lineStart).Trim();
            if (IsDirective(line))
            {
                for (int j = lineStart; j < i; j++) b[j] = ' ';
            }
            lineStart = i + 1;
        }
        for (int i = 0; i < b.Length; i++)
        {
            if (b[i] == '\r') b[i] = ' ';
        }
        return b.ToString();
    }

    private static bool IsDirective(ReadOnlySpan<char> line) =>
        line.StartsWith("#!") ||
        (line.Length > 2 && line[0] == '#' && line[1] is 'r' or 'i' && (char.IsWhiteSpace(line[2]) || line[2] == '"'));
}
