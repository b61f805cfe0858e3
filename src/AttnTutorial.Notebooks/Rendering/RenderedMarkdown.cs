namespace AttnTutorial.Notebooks.Rendering;

/// <summary>One markdown cell rendered: its HTML, its top-level blocks as text (for sections and search) and the formulas KaTeX rejected.</summary>
internal sealed record RenderedMarkdown(string Html, IReadOnlyList<MarkdownPart> Parts, IReadOnlyList<string> MathErrors);

/// <summary>A top-level block: a heading (with its <see cref="BookHeading"/>) or any other block's plain text.</summary>
internal sealed record MarkdownPart(BookHeading? Heading, string Text);
