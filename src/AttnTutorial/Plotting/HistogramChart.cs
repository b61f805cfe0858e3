using Plotly.NET;
using CSharpChart = Plotly.NET.CSharp.Chart;

namespace AttnTutorial.Plotting;

/// <summary>Distributions of one measurement for several groups, overlaid so their shapes can be compared. Introduced in chapter 07.</summary>
public static class HistogramChart
{
    /// <summary>One semi-transparent histogram per group on shared axes.</summary>
    /// <param name="groups">Name and values of each group (e.g. "normal", "anomalous").</param>
    /// <param name="title">Chart title.</param>
    /// <param name="xTitle">What the values are.</param>
    /// <param name="yTitle">What a bar counts. Default "count".</param>
    public static GenericChart Overlaid(IEnumerable<(string Name, IReadOnlyList<double> Values)> groups, string title, string xTitle, string yTitle = "count")
    {
        ArgumentNullException.ThrowIfNull(groups);
        var list = groups.ToArray();
        if (list.Length == 0) throw new ArgumentException("A histogram needs at least one group.", nameof(groups));
        var traces = list.Select((g, i) => CSharpChart.Histogram<double, double, string>(X: g.Values.ToArray(), UseDefaults: false, Name: g.Name, Opacity: 0.6,
            MarkerColor: ChartParts.ColorOf(ChartParts.Palette[i % ChartParts.Palette.Length])));
        return ChartParts.Combine(traces)
            .Finish(title)
            .WithXAxis(1, ("title", ChartParts.Text(xTitle)))
            .WithYAxis(1, ("title", ChartParts.Text(yTitle)))
            .WithLayoutProperty("barmode", "overlay");
    }
}
