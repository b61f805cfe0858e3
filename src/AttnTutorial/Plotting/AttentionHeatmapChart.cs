using AttnTutorial.Data;
using Plotly.NET;
using CSharpChart = Plotly.NET.CSharp.Chart;

namespace AttnTutorial.Plotting;

/// <summary>
/// Attention for many series at once: one row per series, one column per time step, colour = α_t.
/// Rows are sorted by label (normal first, then anomalous, each group in input order); each anomalous
/// row's true span is outlined, and a line separates the two groups.
/// Introduced in chapter 07.
/// </summary>
public static class AttentionHeatmapChart
{
    /// <summary>Most rows that still get a tick label each; beyond this the axis shows plain row numbers.</summary>
    public const int MaxLabelledRows = 40;

    /// <summary>The heatmap for generated series.</summary>
    /// <param name="samples">The series, all of the same length T.</param>
    /// <param name="weights">One weight array per series, each of length T.</param>
    /// <param name="title">Title.</param>
    public static GenericChart Create(IReadOnlyList<SeriesSample> samples, IReadOnlyList<IReadOnlyList<float>> weights, string title = "Attention per series over time (normal rows first, anomaly spans outlined)")
    {
        ArgumentNullException.ThrowIfNull(samples);
        ArgumentNullException.ThrowIfNull(weights);
        if (samples.Count == 0)
        {
            throw new ArgumentException("samples is empty; a heatmap needs at least one series.", nameof(samples));
        }

        if (weights.Count != samples.Count)
        {
            throw new ArgumentException($"weights has {weights.Count} entries but samples has {samples.Count}; they must pair up one to one.", nameof(weights));
        }

        var length = samples[0].Length;
        for (var i = 0; i < samples.Count; i++)
        {
            if (samples[i].Length != length)
            {
                throw new ArgumentException($"samples[{i}] has {samples[i].Length} steps but samples[0] has {length}; a heatmap needs equal lengths.", nameof(samples));
            }

            if (weights[i] is null || weights[i].Count != length)
            {
                throw new ArgumentException($"weights[{i}] has {weights[i]?.Count ?? 0} steps but the series have {length}.", nameof(weights));
            }
        }

        // OrderBy is stable: input order is kept within each label.
        var order = Enumerable.Range(0, samples.Count).OrderBy(i => samples[i].Label).ToArray();
        var rows = Enumerable.Range(0, order.Length).ToArray();
        var z = order.Select(i => weights[i]).ToArray();
        var chart = CSharpChart.Heatmap<float, int, int, string>(z, X: Enumerable.Range(0, length).ToArray(), Y: rows, UseDefaults: false, Name: "attention α", ColorScale: StyleParam.Colorscale.Viridis)
            .Finish(title, 1000, Math.Clamp(120 + (18 * samples.Count), 320, 900))
            .WithXAxis(1, ("title", ChartParts.Text("time step t")))
            .WithYAxis(1, YAxis(samples, order));

        var outlines = new List<Plotly.NET.LayoutObjects.Shape>();
        for (var row = 0; row < order.Length; row++)
        {
            if (samples[order[row]].AnomalySpan is { } span)
            {
                outlines.Add(ChartParts.Outline(span.Start - 0.5, span.End - 0.5, row - 0.5, row + 0.5, "#ffffff"));
            }
        }

        var normals = samples.Count(s => !s.IsAnomalous);
        if (normals > 0 && normals < samples.Count)
        {
            outlines.Add(ChartParts.Outline(-0.5, length - 0.5, normals - 0.5, normals - 0.5, "#ff7f0e"));
        }

        return chart.WithShapes(outlines);
    }

    private static (string Key, object Value)[] YAxis(IReadOnlyList<SeriesSample> samples, int[] order)
    {
        List<(string, object)> properties =
        [
            ("title", ChartParts.Text("series (normal, then anomalous)")),
            ("autorange", "reversed"),
        ];
        if (order.Length <= MaxLabelledRows)
        {
            properties.Add(("tickvals", Enumerable.Range(0, order.Length).ToArray()));
            properties.Add(("ticktext", order.Select(i => $"#{i} {(samples[i].IsAnomalous ? samples[i].Kind.ToString().ToLowerInvariant() : "normal")}").ToArray()));
        }

        return [.. properties];
    }
}
