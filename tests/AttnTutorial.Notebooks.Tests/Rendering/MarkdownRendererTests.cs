using AttnTutorial.Notebooks.Rendering;

namespace AttnTutorial.Notebooks.Tests.Rendering;

public sealed class MarkdownRendererTests : IDisposable
{
    private readonly KatexRenderer _katex = new();

    public void Dispose() => _katex.Dispose();

    private RenderedMarkdown Render(string markdown, Func<string, string>? rewriteUrl = null) =>
        new MarkdownRenderer(_katex, new HeadingIds(), rewriteUrl).Render(markdown);

    [Fact]
    public void Render_InlineAndDisplayMath_AreTypesetByKatexAndEmphasisStillWorks()
    {
        var html = Render("Weights $a_i * b_i$ and *emphasis*.\n\n$$\n\\alpha_t = \\frac{e^{s_t}}{\\sum_k e^{s_k}}\n$$\n").Html;

        Assert.Contains("<span class=\"katex\">", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"katex-display\">", html, StringComparison.Ordinal);
        // KaTeX keeps the TeX it was given in the MathML annotation: the underscores and the star reached it unchanged.
        Assert.Contains("<annotation encoding=\"application/x-tex\">a_i * b_i</annotation>", html, StringComparison.Ordinal);
        Assert.Contains("\\alpha_t = \\frac{e^{s_t}}{\\sum_k e^{s_k}}</annotation>", html, StringComparison.Ordinal);
        Assert.Contains("<em>emphasis</em>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<em>", html.Replace("<em>emphasis</em>", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_MathbbTopAndAlignedWithLineBreaks_TypesetWithoutErrors()
    {
        var rendered = Render("""
            Inline $h_t \in \mathbb{R}^{64}$ and $e_t = w_2^\top \tanh(W_1 h_t + b_1) + b_2$ and $$c = \sum_t \alpha_t h_t$$ in a line.

            $$
            \begin{aligned}
            f_t &= \sigma(W_f x_t + b_f) && \text{forget gate}\\
            c_t &= f_t \odot c_{t-1} && \text{cell}
            \end{aligned}
            $$
            """);

        Assert.Empty(rendered.MathErrors);
        Assert.Contains("mathbb", rendered.Html, StringComparison.Ordinal);
        Assert.Contains("\\top", rendered.Html, StringComparison.Ordinal);
        // The \\ of the aligned environment reached KaTeX (two rows), not Markdig's line-break handling.
        Assert.Contains("f_t &amp;= \\sigma(W_f x_t + b_f) &amp;&amp; \\text{forget gate}\\\\", rendered.Html, StringComparison.Ordinal);
        Assert.Equal(2, CountOf(rendered.Html, "<span class=\"katex-display\">"));
        Assert.DoesNotContain("$", Text(rendered.Html), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_DollarInsideCodeSpanOrPrices_IsLeftAlone()
    {
        var html = Render("Print it with `Console.WriteLine($\"{x}\")`; it costs $5 and $10 a month.").Html;

        Assert.Contains("<code>Console.WriteLine($&quot;{x}&quot;)</code>", html, StringComparison.Ordinal);
        Assert.Contains("it costs $5 and $10 a month.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("katex", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_FormulaKatexRejects_IsReportedAndShownAsWritten()
    {
        var rendered = Render("Broken: $\\frac{1}{$ here.");

        string error = Assert.Single(rendered.MathErrors);
        Assert.StartsWith("KaTeX could not typeset $\\frac{1}{$: ", error, StringComparison.Ordinal);
        Assert.Contains("<span class=\"math-error\"", rendered.Html, StringComparison.Ordinal);
        Assert.Contains(">$\\frac{1}{$</span>", rendered.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Headings_GetUniqueIdsAnAnchorAndTheirText()
    {
        var ids = new HeadingIds();
        var renderer = new MarkdownRenderer(_katex, ids);

        var first = renderer.Render("# 01 · Softmax\n\n## How `quick` works\n\ntext\n\n## Summary\n");
        var second = renderer.Render("## Summary\n");

        Assert.Contains("<h2 id=\"how-quick-works\">How <code>quick</code> works <a class=\"anchor\" href=\"#how-quick-works\"", first.Html, StringComparison.Ordinal);
        Assert.Equal(["01--softmax", "how-quick-works", "summary"], first.Parts.Where(p => p.Heading is not null).Select(p => p.Heading!.Id));
        Assert.Equal("summary-1", second.Parts.Single().Heading!.Id);
        Assert.Equal("How quick works", first.Parts[1].Heading!.Text);
        Assert.Equal("text", first.Parts[2].Text);
    }

    // The parts feed the search index and its snippets: formulas read as KaTeX typesets them, never as TeX ("2i{+}1", "\\frac").
    [Fact]
    public void Render_Math_PartsAndHeadingsReadAsText()
    {
        var rendered = Render("## The survey's $\\mathrm{FC}(H \\odot A)$\n\nEach pair $(2i, 2i{+}1)$ turns; softmax gives $$\\alpha_t = \\frac{e^{s_t}}{\\sum_k e^{s_k}}$$ inline.\n\n$$\nPE_{(pos, 2i)} = \\sin\\left(pos / 10000^{2i/d}\\right)\n$$\n");

        Assert.Equal("The survey's FC(H⊙A)", rendered.Parts[0].Heading!.Text);
        Assert.Equal("the-surveys-fcha", rendered.Parts[0].Heading!.Id);
        Assert.Equal("Each pair (2i, 2i+1) turns; softmax gives αₜ = (e^sₜ)/(∑ₖe^sₖ) inline.", rendered.Parts[1].Text);
        Assert.Equal("PE_(pos,2i) = sin(pos/10000^(2i/d))", rendered.Parts[2].Text);
    }

    [Fact]
    public void Render_Links_GoThroughTheRewriterButImagesDoNot()
    {
        var html = Render("See [chapter 5](05-training.ipynb#loss) and ![x](pic.png).", url => url.Replace(".ipynb", ".html", StringComparison.Ordinal)).Html;

        Assert.Contains("<a href=\"05-training.html#loss\">chapter 5</a>", html, StringComparison.Ordinal);
        Assert.Contains("src=\"pic.png\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Tables_AreRendered()
    {
        var html = Render("| a | b |\n|---|---|\n| 1 | 2 |\n").Html;

        Assert.Contains("<table>", html, StringComparison.Ordinal);
        Assert.Contains("<td>2</td>", html, StringComparison.Ordinal);
    }

    /// <summary>The text a reader sees: tags and KaTeX's MathML copy (which holds the TeX) removed.</summary>
    private static string Text(string html) =>
        System.Text.RegularExpressions.Regex.Replace(System.Text.RegularExpressions.Regex.Replace(html, "<span class=\"katex-mathml\">.*?</math></span>", "", System.Text.RegularExpressions.RegexOptions.Singleline), "<[^>]+>", "");

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;
}
