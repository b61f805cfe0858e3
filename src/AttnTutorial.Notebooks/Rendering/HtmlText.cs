using System.Text;

namespace AttnTutorial.Notebooks.Rendering;

/// <summary>
/// Text into HTML: only <c>&amp; &lt; &gt; " '</c> are escaped. WebUtility.HtmlEncode also turns every character from
/// U+00A0 to U+00FF into a numeric entity ("01 · Softmax" into "01 &amp;#183; Softmax"), which the page does not need.
/// </summary>
internal static class HtmlText
{
    public static string Encode(string text)
    {
        if (text.AsSpan().IndexOfAny("&<>\"'") < 0) return text;
        var html = new StringBuilder(text.Length + 16);
        foreach (char c in text)
        {
            html.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }
        return html.ToString();
    }
}
