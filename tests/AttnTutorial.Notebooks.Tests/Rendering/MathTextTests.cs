using AttnTutorial.Notebooks.Rendering;

namespace AttnTutorial.Notebooks.Tests.Rendering;

/// <summary>Formulas as the search index and headings read them: what KaTeX typesets, as text, never TeX.</summary>
public sealed class MathTextTests : IDisposable
{
    private readonly KatexRenderer _katex = new();

    public void Dispose() => _katex.Dispose();

    [Theory]
    [InlineData(@"2i{+}1", "2i+1")]
    [InlineData(@"PE(t, 2i{+}1) = \cos\!\left(t / 10000^{2i/d}\right)", "PE(t, 2i+1) = cos(t/10000^(2i/d))")]
    [InlineData(@"\alpha_t = \frac{e^{s_t}}{\sum_k e^{s_k}}", "αₜ = (e^sₜ)/(∑ₖe^sₖ)")]
    [InlineData(@"h_t \in \mathbb{R}^{64}", "hₜ ∈ ℝ⁶⁴")]
    [InlineData(@"\mathrm{FC}(H \odot A)", "FC(H⊙A)")]
    [InlineData(@"e_t = w_2^\top \tanh(W_1 h_t + b_1)", "eₜ = w₂ᵀ tanh(W₁hₜ+b₁)")]
    [InlineData(@"\hat{y} = \text{softmax}(x)", "ŷ = softmax(x)")]
    [InlineData(@"\sqrt{d_k}", "√dₖ")]
    [InlineData(@"\operatorname{argmax}_t x_t", "argmaxₜ xₜ")]
    [InlineData(@"\sigma(W_f x_t + b_f)", "σ(W_f xₜ+b_f)")]
    [InlineData(@"c_{t-1}", "cₜ₋₁")]
    [InlineData(@"\begin{aligned} f_t &= \sigma(x) && \text{forget gate}\\ c_t &= f_t \odot c_{t-1} \end{aligned}", "fₜ = σ(x) forget gate; cₜ = fₜ⊙cₜ₋₁")]
    public void ToText_Formula_ReadsAsTextWithoutTex(string tex, string text)
    {
        string read = _katex.ToText(tex, display: false)!;

        Assert.Equal(text, read);
        Assert.DoesNotMatch(@"\\[A-Za-z]|[{}]", read);
    }

    [Fact]
    public void ToText_DisplayMath_ReadsLikeInline() =>
        Assert.Equal(_katex.ToText(@"\sum_{t=1}^{T} \alpha_t = 1", display: false), _katex.ToText(@"\sum_{t=1}^{T} \alpha_t = 1", display: true));

    [Fact]
    public void ToText_FormulaKatexRejects_IsNull() => Assert.Null(_katex.ToText(@"\frac{1}{", display: false));

    [Fact]
    public void ToHtml_SameFormulaTwice_GivesTheSameHtml() =>
        Assert.Equal(_katex.ToHtml(@"\frac{a}{b}", display: true), _katex.ToHtml(@"\frac{a}{b}", display: true));
}
