namespace AttnTutorial.Notebooks.Rendering;

/// <summary>KaTeX could not typeset a formula; the message is KaTeX's own (it names the position in the formula).</summary>
internal sealed class KatexException(string message) : Exception(message);
