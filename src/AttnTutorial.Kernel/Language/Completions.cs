namespace AttnTutorial.Kernel.Language;

/// <summary>What completion found: the items and the UTF-16 range of the cell they replace (the word typed so far).</summary>
internal sealed record Completions(IReadOnlyList<CompletionItem> Items, int Start, int End);
