using AttnTutorial.Notebooks.Rendering;

namespace AttnTutorial.Notebooks.Tests.Rendering;

public class MarkdownRendererTests
{
    [Fact]
    public void ToHtml_InlineAndDisplayMath_AreKeptAsWritten()
    {
        string html = MarkdownRenderer.ToHtml("Weights $a_i * b_i$ and *emphasis*.\n\n$$\n\\alpha_t = \\frac{e^{s_t}}{\\sum_k e^{s_k}}\n$$\n");

        Assert.Contains("<span class=\"math\">$a_i * b_i$</span>", html, StringComparison.Ordinal);
        Assert.Contains("<em>emphasis</em>", html, StringComparison.Ordinal);
        Assert.Contains("$$\n\\alpha_t = \\frac{e^{s_t}}{\\sum_k e^{s_k}}\n$$</div>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void ToHtml_Tables_AreRendered()
    {
        string html = MarkdownRenderer.ToHtml("| a | b |\n|---|---|\n| 1 | 2 |\n");

        Assert.Contains("<table>", html, StringComparison.Ordinal);
        Assert.Contains("<td>2</td>", html, StringComparison.Ordinal);
    }
}
