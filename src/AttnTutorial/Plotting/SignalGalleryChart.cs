using AttnTutorial.Data;
using Plotly.NET;

namespace AttnTutorial.Plotting;

/// <summary>The data chapter's pictures: example series side by side, and one multichannel series channel by channel. Introduced in chapter 02.</summary>
public static class SignalGalleryChart
{
    /// <summary>
    /// One panel per series (e.g. a normal one and one per anomaly kind: flat, zero, noise, spike), titled with
    /// its kind and span, the span shaded. Multichannel series show all their channels.
    /// </summary>
    /// <param name="samples">The series to show, one panel each, filled row by row.</param>
    /// <param name="columns">Panels per row.</param>
    /// <param name="title">Title.</param>
    public static GenericChart Create(IReadOnlyList<SeriesSample> samples, int columns = 2, string title = "One series per anomaly kind (anomaly shaded)")
    {
        ArgumentNullException.ThrowIfNull(samples);
        ArgumentOutOfRangeException.ThrowIfLessThan(columns, 1);
        if (samples.Count == 0)
        {
            throw new ArgumentException("samples is empty; a gallery needs at least one series.", nameof(samples));
        }

        var grid = PanelGrid.For(samples.Count, columns) with { HorizontalGap = 0.08 };
        var traces = new List<GenericChart>();
        for (var k = 0; k < samples.Count; k++)
        {
            var sample = samples[k] ?? throw new ArgumentNullException(nameof(samples), $"samples[{k}] is null.");
            var names = ChartParts.ChannelNames(sample);
            for (var c = 0; c < sample.ChannelCount; c++)
            {
                traces.Add(ChartParts.Line(Enumerable.Range(0, sample.Length), sample.Channels[c], names[c], ChartParts.Palette[c % ChartParts.Palette.Length], showLegend: false, width: 1.5)
                    .OnAxes(k + 1, k + 1));
            }
        }

        var chart = ChartParts.Combine(traces);
        for (var k = 0; k < samples.Count; k++)
        {
            chart = chart.WithPanel(grid, k, k + 1, k + 1, "time step t", "value", samples[k].AnomalySpan, ChartParts.Describe(samples[k]));
        }

        return chart.Finish(title, 1100, 300 * grid.Rows);
    }

    /// <summary>
    /// A multichannel series with one row per channel on a shared time axis; the anomaly span is shaded only in
    /// the channels it was injected into.
    /// </summary>
    /// <param name="sample">The series.</param>
    /// <param name="title">Title; by default describes the series.</param>
    public static GenericChart Multivariate(SeriesSample sample, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(sample);
        var grid = new PanelGrid(sample.ChannelCount, 1, VerticalGap: 0.3 / Math.Max(1, sample.ChannelCount));
        var names = ChartParts.ChannelNames(sample);
        var traces = Enumerable.Range(0, sample.ChannelCount).Select(c =>
            ChartParts.Line(Enumerable.Range(0, sample.Length), sample.Channels[c], names[c], ChartParts.Palette[c % ChartParts.Palette.Length], showLegend: false, width: 1.5)
                .OnAxes(c + 1, c + 1));
        var chart = ChartParts.Combine(traces);
        for (var c = 0; c < sample.ChannelCount; c++)
        {
            var span = sample.AnomalousChannels.Contains(c) ? sample.AnomalySpan : null;
            var xTitle = c == sample.ChannelCount - 1 ? "time step t" : string.Empty;
            chart = chart.WithPanel(grid, c, c + 1, c + 1, xTitle, $"ch {c}", span, names[c]);
            if (c > 0)
            {
                // One zoom for all rows.
                chart = chart.WithXAxis(c + 1, ("matches", "x"));
            }
        }

        return chart.Finish(title ?? $"{ChartParts.Describe(sample)}, channel by channel", 1000, 150 + (170 * sample.ChannelCount));
    }
}
