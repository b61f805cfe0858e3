using AttnTutorial.Evaluation;
using Plotly.NET;
using CSharpChart = Plotly.NET.CSharp.Chart;

namespace AttnTutorial.Plotting;

/// <summary>
/// A confusion matrix as a heatmap laid out as in the seeds: rows actual normal / anomaly (top to bottom),
/// columns predicted normal / anomaly; each cell shows its count and its share of all series.
/// Introduced in chapter 06.
/// </summary>
public static class ConfusionMatrixChart
{
    private static readonly string[] Classes = ["normal", "anomaly"];

    // Light to dark blue, as in the seeds' confusion-matrix pictures.
    private static readonly StyleParam.Colorscale Blues = StyleParam.Colorscale.NewCustom(
    [
        Tuple.Create(0.0, ChartParts.ColorOf("#f7fbff")),
        Tuple.Create(0.5, ChartParts.ColorOf("#6baed6")),
        Tuple.Create(1.0, ChartParts.ColorOf("#08306b")),
    ]);

    /// <summary>The heatmap of a confusion matrix.</summary>
    /// <param name="matrix">The counts.</param>
    /// <param name="title">Title.</param>
    public static GenericChart Create(ConfusionMatrix matrix, string title = "Confusion matrix")
    {
        ArgumentNullException.ThrowIfNull(matrix);
        var counts = matrix.ToArray();
        int[][] z = [[counts[0, 0], counts[0, 1]], [counts[1, 0], counts[1, 1]]];
        var max = Math.Max(1, z.SelectMany(row => row).Max());
        var cells = new List<Plotly.NET.LayoutObjects.Annotation>();
        for (var actual = 0; actual < 2; actual++)
        {
            for (var predicted = 0; predicted < 2; predicted++)
            {
                var count = counts[actual, predicted];
                var share = matrix.Total == 0 ? 0 : 100.0 * count / matrix.Total;
                // Dark cells (upper half of the scale) get white text.
                var color = count > max / 2 ? "#ffffff" : "#08306b";
                cells.Add(ChartParts.Label($"<b>{count}</b><br>{ChartParts.Format(share, "0.0")}%", Classes[predicted], Classes[actual], color: color));
            }
        }

        return CSharpChart.Heatmap<int, string, string, string>(z, X: Classes, Y: Classes, UseDefaults: false, Name: "count", ColorScale: Blues, ShowScale: false)
            .WithXAxis(1, ("title", ChartParts.Text("predicted")), ("side", "top"))
            .WithYAxis(1, ("title", ChartParts.Text("actual")), ("autorange", "reversed"))
            .WithAnnotations(cells)
            .WithLayoutProperty("margin", new Dictionary<string, object> { ["t"] = 130 })
            .Finish(title, 480, 460);
    }

    /// <summary>The heatmap of a report's confusion matrix, with its threshold in the title.</summary>
    /// <param name="report">From <see cref="BinaryMetrics.Evaluate"/>.</param>
    /// <param name="title">Title; " (threshold t)" is appended.</param>
    public static GenericChart Create(ClassificationReport report, string title = "Confusion matrix")
    {
        ArgumentNullException.ThrowIfNull(report);
        return Create(report.Confusion, $"{title} (threshold {ChartParts.Format(report.Threshold, "0.00")})");
    }
}
