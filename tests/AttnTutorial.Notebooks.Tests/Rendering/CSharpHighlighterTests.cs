using System.Net;
using System.Text.RegularExpressions;
using AttnTutorial.Notebooks.Rendering;

namespace AttnTutorial.Notebooks.Tests.Rendering;

public class CSharpHighlighterTests
{
    private const string Code = "#!time\n#r \"nuget: X, 1.0\"\n// a comment <b>\nvar n = 42;\nstring s = $\"v {n}\";\nif (n > 1) Console.WriteLine(s);";

    [Fact]
    public void ToHtml_TextWithoutTags_IsTheSourceUnchanged()
    {
        string html = CSharpHighlighter.ToHtml(Code);

        Assert.Equal(Code, WebUtility.HtmlDecode(Regex.Replace(html, "<[^>]+>", "")));
    }

    [Fact]
    public void ToHtml_MarksKeywordsStringsNumbersCommentsAndDirectives()
    {
        string html = CSharpHighlighter.ToHtml(Code);

        Assert.Contains("<span class=\"d\">#!time</span>", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"c\">// a comment &lt;b&gt;</span>", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"k\">var</span>", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"n\">42</span>", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"k\">if</span>", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"s\">$&quot;</span>", html, StringComparison.Ordinal);
        Assert.Contains("class=\"d\">#r", html, StringComparison.Ordinal);
    }
}
