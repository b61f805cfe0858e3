using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;

namespace AttnTutorial.Notebooks.Rendering;

/// <summary>
/// A formula as a line of text for the search index, snippets and heading ids: read from the MathML KaTeX writes beside
/// its HTML, so what KaTeX parsed (not the TeX) becomes text. "\alpha_t = \frac{e^{s_t}}{\sum_k e^{s_k}}" reads
/// "αₜ = (e^sₜ)/(∑ₖe^sₖ)", "PE(t, 2i{+}1)" reads "PE(t, 2i+1)": Unicode sub- and superscripts where every character has
/// one, "_" and "^" otherwise, fractions with a slash, relations spaced, no TeX control sequence.
/// </summary>
internal static partial class MathText
{
    /// <summary>The text of the first <c>&lt;math&gt;</c> element in <paramref name="katexHtml"/>, or "" when there is none.</summary>
    public static string FromKatexHtml(string katexHtml)
    {
        int start = katexHtml.IndexOf("<math", StringComparison.Ordinal);
        int end = katexHtml.IndexOf("</math>", StringComparison.Ordinal);
        if (start < 0 || end < start) return "";
        string mathMl = katexHtml[start..(end + "</math>".Length)];
        XElement math;
        try
        {
            math = XElement.Parse(mathMl);
        }
        catch (XmlException)
        {
            // KaTeX writes well-formed MathML; should a version not, its words still beat nothing: the tokens' text without
            // the annotation (which holds the TeX).
            string withoutTex = Regex.Replace(mathMl, "<annotation[^>]*>.*?</annotation>", "", RegexOptions.Singleline);
            return Collapse(System.Net.WebUtility.HtmlDecode(Regex.Replace(withoutTex, "<[^>]+>", "")));
        }
        return Collapse(Join(Pieces(math)));
    }

    /// <summary>A run of text and how it meets its neighbours.</summary>
    private readonly record struct Piece(string Text, Spacing Spacing);

    private enum Spacing
    {
        /// <summary>Written against its neighbours: "2i", "(x)".</summary>
        Tight,
        /// <summary>A name or text ("cos", "softmax"): a space from a neighbouring letter or digit.</summary>
        Word,
        /// <summary>A spelled-out script ("W_f"): a space from a letter or digit after it ("W_f x", not "W_fx"), none before ("PE_(pos)").</summary>
        WordAfter,
        /// <summary>A relation ("=", "∈"): a space either side.</summary>
        Spaced,
        /// <summary>A separator (","): a space after.</summary>
        After,
    }

    private static readonly HashSet<string> Relations =
        ["=", "≠", "<", ">", "≤", "≥", "≈", "≃", "≅", "∼", "∝", "≡", "∈", "∉", "⊂", "⊆", "⊃", "⊇", "→", "←", "↔", "⇒", "⇐", "⇔", "↦", "≪", "≫", ":=", "≔", "≜"];

    private static List<Piece> Pieces(XElement element)
    {
        switch (element.Name.LocalName)
        {
            case "annotation" or "annotation-xml" or "mphantom":
                return [];
            case "semantics":
                return element.Elements().FirstOrDefault() is { } first ? Pieces(first) : [];
            case "mi":
            {
                string text = Token(element);
                if (element.Attribute("mathvariant")?.Value == "double-struck") text = DoubleStruck(text);
                return [new Piece(text, text.Length > 1 && text.All(char.IsLetter) ? Spacing.Word : Spacing.Tight)];
            }
            case "mn":
                return [new Piece(Token(element), Spacing.Tight)];
            case "mo":
            {
                string text = Token(element);
                if (Relations.Contains(text)) return [new Piece(text, Spacing.Spaced)];
                return [new Piece(text, element.Attribute("separator")?.Value == "true" ? Spacing.After : Spacing.Tight)];
            }
            case "mtext" or "ms":
                return [new Piece(Token(element), Spacing.Word)];
            case "mspace":
                return [new Piece(" ", Spacing.Tight)];
            case "msub" or "munder" when element.Attribute("accentunder")?.Value != "true":
                return Scripted(element, sub: 1, sup: null);
            case "msup":
                return Scripted(element, sub: null, sup: 1);
            case "mover" when element.Attribute("accent")?.Value == "true":
                return Accented(element);
            case "mover":
                return Scripted(element, sub: null, sup: 1);
            case "msubsup" or "munderover":
                return Scripted(element, sub: 1, sup: 2);
            case "munder":
                return element.Elements().FirstOrDefault() is { } underlined ? Pieces(underlined) : [];
            case "mfrac":
            {
                var parts = element.Elements().Select(Text).ToList();
                if (parts.Count != 2) goto default;
                return [new Piece($"{Grouped(parts[0])}/{Grouped(parts[1])}", Spacing.Tight)];
            }
            case "msqrt":
                return [new Piece("√" + Grouped(string.Concat(element.Elements().Select(Text))), Spacing.Tight)];
            case "mroot":
            {
                var parts = element.Elements().Select(Text).ToList();
                if (parts.Count != 2) goto default;
                return [new Piece(Superscript(parts[1]) + "√" + Grouped(parts[0]), Spacing.Tight)];
            }
            case "mtable":
                // Rows of an aligned block or a matrix: cells side by side, rows one after the other.
                return [new Piece(string.Join("; ", element.Elements().Select(row => Collapse(string.Join(' ', row.Elements().Select(Text)))).Where(r => r.Length > 0)), Spacing.Tight)];
            default:
                return element.Elements().SelectMany(Pieces).ToList();
        }
    }

    private static string Text(XElement element) => Collapse(Join(Pieces(element)));

    private static List<Piece> Scripted(XElement element, int? sub, int? sup)
    {
        var children = element.Elements().ToList();
        if (children.Count < 1 + (sup ?? sub ?? 0)) return children.SelectMany(Pieces).ToList();
        var pieces = Pieces(children[0]);
        // KaTeX's invisible function application after "argmax" must not stand between the name and its script.
        pieces.RemoveAll(p => p.Text.Length == 0);
        string scripts = (sub is int i ? Subscript(Text(children[i])) : "") + (sup is int j ? Superscript(Text(children[j])) : "");
        bool spelledOut = scripts.Contains('_', StringComparison.Ordinal) || scripts.Contains('^', StringComparison.Ordinal);
        if (pieces.Count == 0) return [new Piece(scripts, Spacing.Tight)];
        var last = pieces[^1];
        // "W_f" spelled out must not run into the next letter ("W_f x", not "W_fx"); "xₜ" may.
        pieces[^1] = new Piece(last.Text + scripts, spelledOut && last.Spacing == Spacing.Tight ? Spacing.WordAfter : last.Spacing);
        return pieces;
    }

    private static List<Piece> Accented(XElement element)
    {
        var children = element.Elements().ToList();
        if (children.Count != 2) return children.SelectMany(Pieces).ToList();
        string accent = Text(children[1]);
        string mark = accent switch
        {
            "^" or "ˆ" => "\u0302",
            "~" or "˜" => "\u0303",
            "ˉ" or "‾" or "¯" or "_" => "\u0304",
            "˙" => "\u0307",
            "¨" => "\u0308",
            "→" or "⃗" => "\u20D7",
            _ => "",
        };
        return [new Piece(Text(children[0]) + mark, Spacing.Tight)];
    }

    /// <summary>The pieces as one string: spaces where <see cref="Spacing"/> asks for them.</summary>
    private static string Join(List<Piece> pieces)
    {
        var text = new StringBuilder();
        Piece? previous = null;
        foreach (var piece in pieces)
        {
            if (piece.Text.Length == 0) continue;
            if (previous is { } left)
            {
                bool space = piece.Spacing == Spacing.Spaced || left.Spacing is Spacing.Spaced or Spacing.After
                    || ((piece.Spacing == Spacing.Word || left.Spacing is Spacing.Word or Spacing.WordAfter) && char.IsLetterOrDigit(left.Text[^1]) && char.IsLetterOrDigit(piece.Text[0]));
                if (space) text.Append(' ');
            }
            text.Append(piece.Text);
            previous = piece;
        }
        return text.ToString();
    }

    /// <summary>
    /// A token's characters, without the invisible ones KaTeX adds (function application, invisible separators). Of TeX's
    /// spaces, thin ones ("\,", and "\!" which KaTeX marks with an invisible separator) are dropped, wider ones are a space.
    /// </summary>
    private static string Token(XElement element)
    {
        var text = new StringBuilder();
        foreach (char c in element.Value)
        {
            if (c is (>= '\u2061' and <= '\u2064') or '\u200B' or '\u2009' or '\u200A') continue;
            text.Append(c is '\u00A0' or '\u2005' ? ' ' : c);
        }
        return text.ToString();
    }

    // Composed: "ŷ" as one character, as a reader types it.
    private static string Collapse(string text) => MultipleSpaces().Replace(text, " ").Trim().Normalize(NormalizationForm.FormC);

    [GeneratedRegex(@"\s+")]
    private static partial Regex MultipleSpaces();

    /// <summary>Parentheses around a fraction's part or a spelled-out script unless it is one name or number.</summary>
    private static string Grouped(string text)
    {
        if (text.Length == 0 || IsAtom(text) || IsParenthesised(text)) return text;
        return "(" + text + ")";
    }

    private static bool IsAtom(string text) => text.All(c => c == '.' || c == '′' || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.UppercaseLetter
        or UnicodeCategory.LowercaseLetter or UnicodeCategory.OtherLetter or UnicodeCategory.ModifierLetter or UnicodeCategory.DecimalDigitNumber
        or UnicodeCategory.OtherNumber or UnicodeCategory.NonSpacingMark or UnicodeCategory.Surrogate);

    /// <summary>"(a+b)" is; "(a)(b)" is not.</summary>
    private static bool IsParenthesised(string text)
    {
        if (text.Length < 2 || text[0] != '(' || text[^1] != ')') return false;
        int depth = 0;
        for (int i = 0; i < text.Length; i++)
        {
            depth += text[i] switch { '(' => 1, ')' => -1, _ => 0 };
            if (depth == 0 && i < text.Length - 1) return false;
        }
        return true;
    }

    private static string Subscript(string text) => ScriptForm(text, SubscriptForms, "_");

    private static string Superscript(string text) => ScriptForm(text, SuperscriptForms, "^");

    /// <summary>Unicode's small forms when every character has one (scripts are written without spaces), else the plain-text marker.</summary>
    private static string ScriptForm(string text, Dictionary<char, char> forms, string marker)
    {
        string compact = text.Replace(" ", "", StringComparison.Ordinal);
        if (compact.Length == 0) return "";
        if (compact.All(forms.ContainsKey)) return string.Concat(compact.Select(c => forms[c]));
        if (compact is "′" or "″" or "*" or "∗") return compact;
        return marker + Grouped(compact);
    }

    private static readonly Dictionary<char, char> SubscriptForms = Forms(
        "0123456789+-−=()aehijklmnoprstuvxβγρφχ",
        "₀₁₂₃₄₅₆₇₈₉₊₋₋₌₍₎ₐₑₕᵢⱼₖₗₘₙₒₚᵣₛₜᵤᵥₓᵦᵧᵨᵩᵪ");

    private static readonly Dictionary<char, char> SuperscriptForms = Forms(
        "0123456789+-−=()abcdefghijklmnoprstuvwxyzABDEGHIJKLMNOPRTUVW⊤αβγδθφχ",
        "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁻⁼⁽⁾ᵃᵇᶜᵈᵉᶠᵍʰⁱʲᵏˡᵐⁿᵒᵖʳˢᵗᵘᵛʷˣʸᶻᴬᴮᴰᴱᴳᴴᴵᴶᴷᴸᴹᴺᴼᴾᴿᵀᵁⱽᵂᵀᵅᵝᵞᵟᶿᵠᵡ");

    private static Dictionary<char, char> Forms(string plain, string small)
    {
        if (plain.Length != small.Length) throw new InvalidOperationException($"MathText: {plain.Length} characters but {small.Length} small forms");
        return plain.Zip(small).ToDictionary(p => p.First, p => p.Second);
    }

    private static string DoubleStruck(string text) => string.Concat(text.Select(c => c switch
    {
        'R' => "ℝ",
        'N' => "ℕ",
        'Z' => "ℤ",
        'Q' => "ℚ",
        'C' => "ℂ",
        'P' => "ℙ",
        'H' => "ℍ",
        'E' => "𝔼",
        _ => c.ToString(),
    }));
}
