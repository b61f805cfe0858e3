namespace AttnTutorial.Notebooks.Rendering;

/// <summary>What <see cref="BookRenderer.Render"/> wrote and what it has to tell.</summary>
/// <param name="Written">Every file written: pages, assets, the notebooks shipped for download.</param>
/// <param name="Warnings">Problems that did not stop the book, each naming the notebook and cell (e.g. a formula KaTeX rejected).</param>
/// <param name="PrintPage">The path of print.html when <see cref="BookOptions.PrintPage"/> asked for it, else null.</param>
public sealed record BookRenderResult(IReadOnlyList<string> Written, IReadOnlyList<string> Warnings, string? PrintPage);
