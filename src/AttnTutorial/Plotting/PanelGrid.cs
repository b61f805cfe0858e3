namespace AttnTutorial.Plotting;

/// <summary>
/// Where panel k of a rows × columns grid sits on the page, filled row by row from the top left.
/// Charts lay out their own axes with it instead of <c>Chart.Grid</c>, which cannot keep a second y axis per panel.
/// </summary>
/// <param name="Rows">Number of rows.</param>
/// <param name="Columns">Number of columns.</param>
/// <param name="HorizontalGap">Space between columns as a fraction of the width (room for a right-hand axis).</param>
/// <param name="VerticalGap">Space between rows as a fraction of the height (room for a panel title).</param>
internal sealed record PanelGrid(int Rows, int Columns, double HorizontalGap = 0.12, double VerticalGap = 0.14)
{
    /// <summary>The smallest grid with <paramref name="columns"/> columns that holds <paramref name="panels"/> panels.</summary>
    public static PanelGrid For(int panels, int columns)
    {
        var used = Math.Max(1, Math.Min(columns, panels));
        return new PanelGrid((panels + used - 1) / used, used);
    }

    /// <summary>The horizontal extent [from, to] of panel k (0-based) in paper coordinates.</summary>
    public double[] XDomain(int panel)
    {
        var column = panel % Columns;
        var width = (1.0 - (HorizontalGap * (Columns - 1))) / Columns;
        var from = column * (width + HorizontalGap);
        return [from, from + width];
    }

    /// <summary>The vertical extent [from, to] of panel k (0-based) in paper coordinates; row 0 is at the top.</summary>
    public double[] YDomain(int panel)
    {
        var row = panel / Columns;
        var height = (1.0 - (VerticalGap * (Rows - 1))) / Rows;
        var to = 1.0 - (row * (height + VerticalGap));
        return [to - height, to];
    }
}
