namespace AttnTutorial.Kernel.Language;

/// <summary>One completion: the text to insert and its Jupyter type ("class", "method", "property", "variable", "keyword", ...).</summary>
internal sealed record CompletionItem(string Text, string Type);
