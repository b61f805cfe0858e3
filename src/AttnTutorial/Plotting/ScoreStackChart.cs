using AttnTutorial.RealData;
using Plotly.NET;

namespace AttnTutorial.Plotting;

/// <summary>
/// A long series with its labelled spans shaded on top and, below it on the same time axis, one panel per detector's
/// anomaly score (with its alarm threshold, dashed, when given): where each method's score rises against where the
/// labels are. Introduced in chapter 13.
/// </summary>
/// <remarks>
/// A test part of 20,000 steps drawn in eight panels would put 160,000 points in the browser. Steps are therefore
/// gathered into blocks of ⌈T / <c>maxPoints</c>⌉: a channel shows each block's mean, a score each block's maximum, so a
/// short burst of high scores stays visible. Panels keep their own y range (scores of different detectors share no
/// unit) and one zoom for all.
/// </remarks>
public static class ScoreStackChart
{
    /// <summary>The series and the scores of several detectors, stacked.</summary>
    /// <param name="series">The scored series (its labels give the shaded spans).</param>
    /// <param name="scores">Per detector: its name, one score per step of <paramref name="series"/>, and an optional alarm threshold.</param>
    /// <param name="channels">Channels to draw in the top panel (0-based). Default: the first three.</param>
    /// <param name="maxPoints">Points per trace at most; longer series are drawn in blocks. Default 2,000, at least 10.</param>
    /// <param name="title">Title.</param>
    public static GenericChart Create(
        TimeSeries series,
        IReadOnlyList<(string Name, IReadOnlyList<float> Scores, double? Threshold)> scores,
        IReadOnlyList<int>? channels = null,
        int maxPoints = 2_000,
        string title = "The series (labelled spans shaded) and each detector's score")
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(scores);
        InvalidOptionException.ThrowUnless(maxPoints >= 10, nameof(maxPoints), maxPoints, "at least 10");
        channels ??= Enumerable.Range(0, Math.Min(3, series.ChannelCount)).ToArray();
        var badChannel = channels.Where(c => c < 0 || c >= series.ChannelCount).Select(c => (int?)c).FirstOrDefault();
        if (badChannel is not null || channels.Count == 0)
            throw new ArgumentException($"channels must name 1 or more of the series' {series.ChannelCount} channels (0-based); got [{string.Join(", ", channels)}].", nameof(channels));
        foreach (var (name, values, _) in scores)
        {
            if (values is null || values.Count != series.Length)
                throw new ArgumentException($"'{name}' has {values?.Count ?? 0} scores; the series has {series.Length} steps.", nameof(scores));
        }

        int block = (series.Length + maxPoints - 1) / maxPoints;
        int points = (series.Length + block - 1) / block;
        var x = Enumerable.Range(0, points).Select(p => p * block).ToArray();
        float[] Reduce(IReadOnlyList<float> values, bool max) => Enumerable.Range(0, points).Select(p =>
        {
            int from = p * block, to = Math.Min(values.Count, from + block);
            float acc = max ? float.NegativeInfinity : 0;
            for (int t = from; t < to; t++) acc = max ? Math.Max(acc, values[t]) : acc + values[t];
            return max ? acc : acc / (to - from);
        }).ToArray();

        var grid = new PanelGrid(1 + scores.Count, 1, VerticalGap: 0.25 / (1 + scores.Count));
        var traces = new List<GenericChart>();
        for (int i = 0; i < channels.Count; i++)
        {
            traces.Add(ChartParts.Line(x, Reduce(series.Channels[channels[i]], max: false), series.ChannelNames[channels[i]], ChartParts.Palette[i % ChartParts.Palette.Length], width: 1.2).OnAxes(1, 1));
        }
        for (int k = 0; k < scores.Count; k++)
        {
            var (name, values, threshold) = scores[k];
            traces.Add(ChartParts.Line(x, Reduce(values, max: true), name, ChartParts.SignalBlue, showLegend: false, width: 1.2).OnAxes(k + 2, k + 2));
            if (threshold is double level)
                traces.Add(ChartParts.Line(new[] { 0, series.Length - 1 }, new[] { level, level }, $"{name}: threshold", ChartParts.AttentionRed, dashed: true, showLegend: false, width: 1).OnAxes(k + 2, k + 2));
        }

        var chart = ChartParts.Combine(traces);
        var runs = series.LabelledRuns;
        for (int panel = 0; panel <= scores.Count; panel++)
        {
            bool last = panel == scores.Count;
            chart = chart.WithPanel(grid, panel, panel + 1, panel + 1, last ? "time step t" : string.Empty, panel == 0 ? "value" : "score",
                caption: panel == 0 ? $"{Path.GetFileName(series.SourceFile)} ({runs.Count} labelled span{(runs.Count == 1 ? "" : "s")} shaded)" : scores[panel - 1].Name);
            chart = chart.WithShapes(runs.Select(r => ChartParts.AnomalyBand(r.Start, r.End, panel + 1, panel + 1)));
            if (panel > 0) chart = chart.WithXAxis(panel + 1, ("matches", "x"));
        }
        return chart.Finish(title, 1000, 220 + 150 * (1 + scores.Count));
    }
}
