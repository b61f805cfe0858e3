namespace AttnTutorial.Notebooks.Rendering;

/// <summary>A heading as the page has it: its anchor id, level, plain text and inline HTML (emphasis, code, math).</summary>
internal sealed record BookHeading(string Id, int Level, string Text, string Html);
