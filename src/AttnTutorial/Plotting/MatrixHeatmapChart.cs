using Plotly.NET;
using CSharpChart = Plotly.NET.CSharp.Chart;

namespace AttnTutorial.Plotting;

/// <summary>
/// Any matrix as a heatmap, one row per line of <c>rows</c>: hidden states over time (chapter 03), positional
/// encodings (chapter 09), or anything else a chapter wants to see as colour.
/// Introduced in chapter 03.
/// </summary>
public static class MatrixHeatmapChart
{
    /// <summary>The heatmap of <paramref name="rows"/> (rows × columns), row 0 at the bottom.</summary>
    /// <param name="rows">The matrix, one array per row; all rows of the same length.</param>
    /// <param name="title">Chart title.</param>
    /// <param name="xTitle">What a column is, e.g. "time step t".</param>
    /// <param name="yTitle">What a row is, e.g. "unit".</param>
    /// <param name="span">Optional half-open column range [Start, End) to shade, e.g. an anomaly.</param>
    public static GenericChart Create(IReadOnlyList<IReadOnlyList<float>> rows, string title, string xTitle, string yTitle, (int Start, int End)? span = null)
    {
        ArgumentNullException.ThrowIfNull(rows);
        if (rows.Count == 0) throw new ArgumentException("A heatmap needs at least one row.", nameof(rows));
        int columns = rows[0].Count;
        for (int r = 0; r < rows.Count; r++)
        {
            if (rows[r].Count != columns) throw new ArgumentException($"Row {r} has {rows[r].Count} values; row 0 has {columns}.", nameof(rows));
        }
        ChartParts.ValidateSpan(span, columns, nameof(span));

        var chart = CSharpChart.Heatmap<float, int, int, string>(rows, X: Enumerable.Range(0, columns).ToArray(), Y: Enumerable.Range(0, rows.Count).ToArray(), UseDefaults: false, Name: yTitle, ColorScale: StyleParam.Colorscale.RdBu)
            .Finish(title)
            .WithXAxis(1, ("title", ChartParts.Text(xTitle)))
            .WithYAxis(1, ("title", ChartParts.Text(yTitle)));
        if (span is var (start, end))
            chart = chart.WithShapes([ChartParts.Outline(start - 0.5, end - 0.5, -0.5, rows.Count - 0.5, ChartParts.AttentionRed)]);
        return chart;
    }
}
