namespace AttnTutorial.Notebooks.Directives;

/// <summary>
/// A cell's code with its directive lines blanked out (so the compiler's line numbers still match the cell) and the
/// directives it held, in order.
/// </summary>
public sealed record ParsedCell(string Code, IReadOnlyList<Directive> Directives)
{
    public bool Timed => Directives.OfType<TimeDirective>().Any();
}
