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
        try
        {
            return _engine.Invoke(_renderToString, _katex, [tex, display ? _displayOptions : _inlineOptions]).AsString();
        }
        catch (JavaScriptException e)
        {
            throw new KatexException(e.Message);
        }
    }

    public void Dispose() => _engine.Dispose();
}
