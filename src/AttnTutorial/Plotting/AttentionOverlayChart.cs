using AttnTutorial.Data;
using Plotly.NET;

namespace AttnTutorial.Plotting;

/// <summary>
/// The seeds' key picture: the signal (blue, left axis) with its attention weights (red dashed, right axis)
/// overlaid, and the true anomaly span shaded.
/// Introduced in chapter 01.
/// </summary>
public static class AttentionOverlayChart
{
    /// <summary>Default title of <see cref="Grid"/>.</summary>
    public const string GridTitle = "Where the model looks: attention on normal and anomalous series";

    /// <summary>The overlay for one generated series.</summary>
    /// <param name="sample">The series; all its channels are drawn and its anomaly span (if any) shaded.</param>
    /// <param name="weights">Attention weights α_t mapped to the time axis, length T.</param>
    /// <param name="probability">Predicted probability of an anomaly, shown in the title when given.</param>
    /// <param name="title">Title; by default describes the series ("Anomalous series (flat, t ∈ [40, 60))").</param>
    /// <param name="scale">How to scale the attention axis.</param>
    public static GenericChart Create(SeriesSample sample, IReadOnlyList<float> weights, double? probability = null, string? title = null, AttentionScale scale = AttentionScale.Auto)
    {
        ArgumentNullException.ThrowIfNull(sample);
        return Single(sample.Channels, ChartParts.ChannelNames(sample), weights, sample.AnomalySpan, probability, title ?? ChartParts.Describe(sample), scale);
    }

    /// <summary>The overlay for one univariate signal.</summary>
    /// <param name="signal">The signal x_t, length T.</param>
    /// <param name="weights">Attention weights α_t, length T.</param>
    /// <param name="anomaly">The true anomaly span [Start, End) to shade, or null.</param>
    /// <param name="probability">Predicted probability of an anomaly, shown in the title when given.</param>
    /// <param name="title">Title.</param>
    /// <param name="scale">How to scale the attention axis.</param>
    public static GenericChart Create(IReadOnlyList<float> signal, IReadOnlyList<float> weights, (int Start, int End)? anomaly = null, double? probability = null, string title = "Signal and attention", AttentionScale scale = AttentionScale.Auto)
    {
        ArgumentNullException.ThrowIfNull(signal);
        return Single([signal], ["signal"], weights, anomaly, probability, title, scale);
    }

    /// <summary>The overlay for a multichannel signal, one line per channel.</summary>
    /// <param name="channels">One array per channel, each of length T.</param>
    /// <param name="weights">Attention weights α_t, length T.</param>
    /// <param name="anomaly">The true anomaly span [Start, End) to shade, or null.</param>
    /// <param name="probability">Predicted probability of an anomaly, shown in the title when given.</param>
    /// <param name="title">Title.</param>
    /// <param name="scale">How to scale the attention axis.</param>
    public static GenericChart Create(IReadOnlyList<IReadOnlyList<float>> channels, IReadOnlyList<float> weights, (int Start, int End)? anomaly = null, double? probability = null, string title = "Signal and attention", AttentionScale scale = AttentionScale.Auto)
    {
        ArgumentNullException.ThrowIfNull(channels);
        return Single(channels, DefaultChannelNames(channels.Count), weights, anomaly, probability, title, scale);
    }

    /// <summary>
    /// Overlays for several series in a grid, filled row by row (e.g. 2 × 2: normal series in the first row,
    /// anomalous in the second). Each panel is titled with its series and probability; the legend is shown once.
    /// </summary>
    /// <param name="samples">The series, one panel each.</param>
    /// <param name="weights">One weight array per series, each of that series' length T.</param>
    /// <param name="probabilities">Predicted anomaly probabilities, one per series, or null.</param>
    /// <param name="columns">Panels per row.</param>
    /// <param name="title">Title over the whole grid.</param>
    /// <param name="scale">How to scale each panel's attention axis.</param>
    public static GenericChart Grid(IReadOnlyList<SeriesSample> samples, IReadOnlyList<IReadOnlyList<float>> weights, IReadOnlyList<double>? probabilities = null, int columns = 2, string title = GridTitle, AttentionScale scale = AttentionScale.Auto)
    {
        ArgumentNullException.ThrowIfNull(samples);
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentOutOfRangeException.ThrowIfLessThan(columns, 1);
        if (samples.Count == 0)
        {
            throw new ArgumentException("samples is empty; a grid needs at least one series.", nameof(samples));
        }

        if (weights.Count != samples.Count)
        {
            throw new ArgumentException($"weights has {weights.Count} entries but samples has {samples.Count}; they must pair up one to one.", nameof(weights));
        }

        if (probabilities is not null && probabilities.Count != samples.Count)
        {
            throw new ArgumentException($"probabilities has {probabilities.Count} entries but samples has {samples.Count}.", nameof(probabilities));
        }

        // Wide gaps leave room for each panel's right-hand attention axis and the panel titles.
        var grid = PanelGrid.For(samples.Count, columns) with { HorizontalGap = 0.16, VerticalGap = 0.2 };
        var panels = new List<Panel>();
        for (var i = 0; i < samples.Count; i++)
        {
            ArgumentNullException.ThrowIfNull(samples[i], $"samples[{i}]");
            var caption = WithProbability(ChartParts.Describe(samples[i]), probabilities?[i]);
            panels.Add(new Panel(samples[i].Channels, ChartParts.ChannelNames(samples[i]), weights[i], samples[i].AnomalySpan, caption, $"weights[{i}]"));
        }

        return Draw(panels, grid, scale).WithLegendAbove(y: 1.0 + (0.12 / grid.Rows)).Finish(title, 1100, 100 + (330 * grid.Rows));
    }

    private static string[] DefaultChannelNames(int count) =>
        count == 1 ? ["signal"] : Enumerable.Range(0, count).Select(c => $"channel {c}").ToArray();

    private static string WithProbability(string title, double? probability)
    {
        if (probability is not { } p)
        {
            return title;
        }

        if (!(p >= 0 && p <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(probability), p, "probability must lie in [0, 1].");
        }

        return $"{title} — p(anomaly) = {ChartParts.Format(p, "0.00")}";
    }

    private static GenericChart Single(IReadOnlyList<IReadOnlyList<float>> channels, string[] names, IReadOnlyList<float> weights, (int Start, int End)? anomaly, double? probability, string title, AttentionScale scale)
    {
        var panel = new Panel(channels, names, weights, anomaly, Caption: null, WeightsName: nameof(weights));
        return Draw([panel], new PanelGrid(1, 1), scale).WithLegendAbove().Finish(WithProbability(title, probability), 1000, 420);
    }

    /// <summary>Panel k (0-based) uses x axis k+1, the signal on y axis 2k+1 and attention on y axis 2k+2.</summary>
    private static GenericChart Draw(IReadOnlyList<Panel> panels, PanelGrid grid, AttentionScale scale)
    {
        var traces = new List<GenericChart>();
        for (var k = 0; k < panels.Count; k++)
        {
            var (x, ySignal, yAttention) = (k + 1, (2 * k) + 1, (2 * k) + 2);
            var panel = panels[k];
            var length = panel.Validate();
            var time = Enumerable.Range(0, length).ToArray();
            for (var c = 0; c < panel.Channels.Count; c++)
            {
                var color = c == 0 ? ChartParts.SignalBlue : ChartParts.Palette[c % ChartParts.Palette.Length];
                traces.Add(ChartParts.Line(time, panel.Channels[c], panel.ChannelNames[c], color, showLegend: k == 0, width: 1.5)
                    .OnAxes(x, ySignal));
            }

            traces.Add(ChartParts.Line(time, panel.Weights, "attention α", ChartParts.AttentionRed, dashed: true, showLegend: k == 0)
                .OnAxes(x, yAttention));
        }

        var chart = ChartParts.Combine(traces);
        for (var k = 0; k < panels.Count; k++)
        {
            chart = Layout(chart, panels[k], k, grid, scale);
        }

        return chart;
    }

    private static GenericChart Layout(GenericChart chart, Panel panel, int k, PanelGrid grid, AttentionScale scale)
    {
        var (x, ySignal, yAttention) = (k + 1, (2 * k) + 1, (2 * k) + 2);
        return chart
            .WithPanel(grid, k, x, ySignal, "time step t", "signal", panel.Anomaly, panel.Caption)
            .WithYAxis(yAttention, AttentionAxis(panel.Weights, scale, ySignal, x));
    }

    private static (string Key, object Value)[] AttentionAxis(IReadOnlyList<float> weights, AttentionScale scale, int overlays, int x)
    {
        var peak = weights.Count == 0 ? 0 : weights.Max();
        var unit = scale == AttentionScale.Unit || (scale == AttentionScale.Auto && peak >= 0.3f) || peak <= 0;
        return
        [
            ("title", new Dictionary<string, object> { ["text"] = "attention α", ["font"] = new Dictionary<string, object> { ["color"] = ChartParts.AttentionRed } }),
            ("tickfont", new Dictionary<string, object> { ["color"] = ChartParts.AttentionRed }),
            ("overlaying", ChartParts.AxisRef('y', overlays)),
            ("anchor", ChartParts.AxisRef('x', x)),
            ("side", "right"),
            ("showgrid", false),
            ("range", unit ? ChartParts.UnitRange() : [0.0, 1.1 * peak]),
        ];
    }

    private sealed record Panel(IReadOnlyList<IReadOnlyList<float>> Channels, string[] ChannelNames, IReadOnlyList<float> Weights, (int Start, int End)? Anomaly, string? Caption, string WeightsName)
    {
        /// <summary>Checks the panel's inputs agree; returns T.</summary>
        public int Validate()
        {
            ArgumentNullException.ThrowIfNull(Weights, WeightsName);
            if (Channels.Count == 0 || Channels[0] is null || Channels[0].Count == 0)
            {
                throw new ArgumentException("The signal is empty; an overlay needs at least one channel with at least one step.", "channels");
            }

            var length = Channels[0].Count;
            if (Channels.Any(c => c is null || c.Count != length))
            {
                throw new ArgumentException($"Channels differ in length; every channel must have the first one's {length} steps.", "channels");
            }

            if (Weights.Count != length)
            {
                throw new ArgumentException($"{WeightsName} has {Weights.Count} steps but the signal has {length}; map attention to the time axis first.", WeightsName);
            }

            ChartParts.ValidateSpan(Anomaly, length, "anomaly");

            return length;
        }
    }
}
