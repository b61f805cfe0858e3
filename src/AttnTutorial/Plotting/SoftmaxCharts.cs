using Plotly.NET;
using CSharpChart = Plotly.NET.CSharp.Chart;

namespace AttnTutorial.Plotting;

/// <summary>Chapter 1's pictures of softmax: α_t = exp(e_t / τ) / Σ_s exp(e_s / τ). Introduced in chapter 01.</summary>
public static class SoftmaxCharts
{
    /// <summary>Softmax of <paramref name="scores"/> at temperature τ, computed stably (the largest score is subtracted first).</summary>
    /// <param name="scores">Scores e_t; at least one.</param>
    /// <param name="temperature">τ &gt; 0; below 1 sharpens the weights, above 1 flattens them.</param>
    public static double[] Softmax(IReadOnlyList<double> scores, double temperature = 1)
    {
        ArgumentNullException.ThrowIfNull(scores);
        if (scores.Count == 0)
        {
            throw new ArgumentException("scores is empty; softmax needs at least one score.", nameof(scores));
        }

        if (!(temperature > 0) || double.IsInfinity(temperature))
        {
            throw new ArgumentOutOfRangeException(nameof(temperature), temperature, "temperature must be a finite number greater than 0.");
        }

        var max = scores.Max();
        var exp = scores.Select(e => Math.Exp((e - max) / temperature)).ToArray();
        var sum = exp.Sum();
        return [.. exp.Select(v => v / sum)];
    }

    /// <summary>Scores e_t (left) beside the weights α_t they become (right, axis 0–1, values printed on the bars).</summary>
    /// <param name="scores">Scores e_t.</param>
    /// <param name="labels">A label per score (e.g. the words or time steps); by default "t=0", "t=1", ….</param>
    /// <param name="temperature">τ &gt; 0.</param>
    /// <param name="title">Title.</param>
    public static GenericChart ScoresAndWeights(IReadOnlyList<double> scores, IReadOnlyList<string>? labels = null, double temperature = 1, string title = "Softmax turns scores into weights that sum to 1")
    {
        var weights = Softmax(scores, temperature);
        var keys = Keys(scores.Count, labels);
        var grid = new PanelGrid(1, 2, HorizontalGap: 0.1);
        var chart = ChartParts.Combine(
        [
            CSharpChart.Column<double, string, string>(scores, Keys: keys, UseDefaults: false, Name: "score e_t", MarkerColor: ChartParts.ColorOf(ChartParts.SignalBlue)).OnAxes(1, 1),
            CSharpChart.Column<double, string, string>(weights, Keys: keys, UseDefaults: false, Name: "weight α_t", MarkerColor: ChartParts.ColorOf(ChartParts.AttentionRed), MultiText: weights.Select(w => ChartParts.Format(w, "0.00")).ToArray()).OnAxes(2, 2),
        ]);
        var weightCaption = temperature == 1 ? "weights α = softmax(e)" : $"weights α = softmax(e / {ChartParts.Format(temperature, "0.##")})";
        return chart
            .WithPanel(grid, 0, 1, 1, "position", "score e_t", caption: "scores e")
            .WithPanel(grid, 1, 2, 2, "position", "weight α_t", caption: weightCaption)
            .WithYAxis(2, ("range", ChartParts.UnitRange()))
            .Finish(title, 1000, 420);
    }

    /// <summary>The weights for the same scores at several temperatures, as grouped bars on a 0–1 axis.</summary>
    /// <param name="scores">Scores e_t.</param>
    /// <param name="temperatures">Temperatures τ &gt; 0 to compare, e.g. 0.5, 1, 2, 5.</param>
    /// <param name="labels">A label per score; by default "t=0", "t=1", ….</param>
    /// <param name="title">Title.</param>
    public static GenericChart Temperatures(IReadOnlyList<double> scores, IReadOnlyList<double> temperatures, IReadOnlyList<string>? labels = null, string title = "Softmax at several temperatures: small τ sharpens, large τ flattens")
    {
        ArgumentNullException.ThrowIfNull(temperatures);
        if (temperatures.Count == 0)
        {
            throw new ArgumentException("temperatures is empty; give at least one τ.", nameof(temperatures));
        }

        var keys = Keys(scores.Count, labels);
        var bars = temperatures.Select((tau, i) => CSharpChart.Column<double, string, string>(
            Softmax(scores, tau), Keys: keys, UseDefaults: false, Name: $"τ = {ChartParts.Format(tau, "0.##")}", MarkerColor: ChartParts.ColorOf(ChartParts.Palette[i % ChartParts.Palette.Length])));
        return ChartParts.Combine(bars)
            .WithLayoutProperty("barmode", "group")
            .WithXAxis(1, ("title", ChartParts.Text("position")))
            .WithYAxis(1, ("title", ChartParts.Text("weight α_t")), ("range", ChartParts.UnitRange()))
            .Finish(title, 1000, 420);
    }

    private static string[] Keys(int count, IReadOnlyList<string>? labels)
    {
        if (labels is null)
        {
            return [.. Enumerable.Range(0, count).Select(t => $"t={t}")];
        }

        return labels.Count == count
            ? [.. labels]
            : throw new ArgumentException($"labels has {labels.Count} entries but scores has {count}.", nameof(labels));
    }
}
