using Jint;
using Jint.Native;
using Jint.Runtime;

namespace AttnTutorial.Notebooks.Rendering;

/// <summary>
/// TeX to HTML with KaTeX (vendored in Assets/katex), run at render time in Jint, a JavaScript interpreter for .NET.
/// The book then shows typeset math with no script at read time; readers need only katex.min.css and its fonts.
/// </summary>
internal sealed class KatexRenderer : IDisposable
{
    private readonly Engine _engine;
    private readonly JsValue _katex;
    private readonly JsValue _renderToString;
    private readonly JsValue _inlineOptions;
    private readonly JsValue _displayOptions;
    // A formula is read twice, for its text (heading ids, search) and for the page; KaTeX in Jint is the slow part of a render.
    private readonly Dictionary<(string Tex, bool Display), (string? Html, string? Error)> _typeset = [];

    public KatexRenderer()
    {
        _engine = new Engine(options => options.Strict());
        _engine.Execute(BookAssets.ReadText("katex/katex.min.js"));
        _katex = _engine.GetValue("katex");
        _renderToString = _katex.AsObject().Get("renderToString");
        // throwOnError: a formula KaTeX cannot parse becomes a warning naming the cell, not a silently red formula.
        _inlineOptions = _engine.Evaluate("({ displayMode: false, throwOnError: true })");
        _displayOptions = _engine.Evaluate("({ displayMode: true, throwOnError: true })");
    }

    /// <summary>The HTML (with MathML for screen readers) for one formula, without its <c>$</c> delimiters.</summary>
    /// <exception cref="KatexException">KaTeX cannot parse <paramref name="tex"/>; the message is KaTeX's.</exception>
    public string ToHtml(string tex, bool display)
    {
        var (html, error) = Typeset(tex, display);
        return html ?? throw new KatexException(error!);
    }

    /// <summary>
    /// The formula as text a reader would type or read ("αₜ = (e^sₜ)/(∑ₖe^sₖ)", see <see cref="MathText"/>), or null when
    /// KaTeX cannot parse it (the page reports that formula).
    /// </summary>
    public string? ToText(string tex, bool display) => Typeset(tex, display).Html is { } html ? MathText.FromKatexHtml(html) : null;

    private (string? Html, string? Error) Typeset(string tex, bool display)
    {
        if (_typeset.TryGetValue((tex, display), out var known)) return known;
        (string?, string?) result;
        try
        {
            result = (_engine.Invoke(_renderToString, _katex, [tex, display ? _displayOptions : _inlineOptions]).AsString(), null);
        }
        catch (JavaScriptException e)
        {
            result = (null, e.Message);
        }
        _typeset[(tex, display)] = result;
        return result;
    }

    public void Dispose() => _engine.Dispose();
}
