using AttnTutorial.Evaluation;
using Plotly.NET;
using CSharpChart = Plotly.NET.CSharp.Chart;

namespace AttnTutorial.Plotting;

/// <summary>Grouped bars comparing models metric by metric (the baselines chapter's picture).</summary>
public static class MetricComparisonChart
{
    /// <summary>The metrics taken from a <see cref="ClassificationReport"/>, in this order.</summary>
    public static IReadOnlyList<string> ReportMetrics { get; } = ["accuracy", "precision", "recall", "F1", "ROC-AUC", "AP"];

    /// <summary>Bars for several models' reports; an undefined ROC-AUC or AP leaves a gap, not a zero bar.</summary>
    /// <param name="models">(model name, report) per model, in legend order.</param>
    /// <param name="title">Title.</param>
    public static GenericChart Create(IEnumerable<(string Model, ClassificationReport Report)> models, string title = "Models compared")
    {
        ArgumentNullException.ThrowIfNull(models);
        return Draw(models.Select(m => (m.Model, ReportValues(m.Report))).ToArray(), ReportMetrics, title);
    }

    /// <summary>Bars for model name → report.</summary>
    /// <param name="reports">Model name → report, in the dictionary's order.</param>
    /// <param name="title">Title.</param>
    public static GenericChart Create(IReadOnlyDictionary<string, ClassificationReport> reports, string title = "Models compared")
    {
        ArgumentNullException.ThrowIfNull(reports);
        return Create(reports.Select(kv => (kv.Key, kv.Value)), title);
    }

    /// <summary>Bars for model name → (metric name → value); metrics appear in first-seen order, a missing one leaves a gap.</summary>
    /// <param name="metricsByModel">Model name → metric name → value.</param>
    /// <param name="title">Title.</param>
    public static GenericChart Create(IReadOnlyDictionary<string, IReadOnlyDictionary<string, double>> metricsByModel, string title = "Models compared")
    {
        ArgumentNullException.ThrowIfNull(metricsByModel);
        var metrics = metricsByModel.Values.SelectMany(m => m.Keys).Distinct().ToArray();
        var models = metricsByModel
            .Select(kv => (kv.Key, metrics.Select(name => kv.Value.TryGetValue(name, out var v) ? v : (double?)null).ToArray()))
            .ToArray();
        return Draw(models, metrics, title);
    }

    private static double?[] ReportValues(ClassificationReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return [report.Accuracy, report.Precision, report.Recall, report.F1, report.RocAuc, report.AveragePrecision];
    }

    private static GenericChart Draw((string Model, double?[] Values)[] models, IReadOnlyList<string> metrics, string title)
    {
        if (models.Length == 0)
        {
            throw new ArgumentException("No models to compare.", nameof(models));
        }

        // A metric a model lacks is left out of its trace, which leaves a gap in its group.
        var bars = models.Select((m, i) =>
        {
            var present = Enumerable.Range(0, metrics.Count).Where(j => m.Values[j] is not null).ToArray();
            var values = present.Select(j => m.Values[j]!.Value).ToArray();
            return CSharpChart.Column<double, string, string>(
                values,
                Keys: present.Select(j => metrics[j]).ToArray(),
                UseDefaults: false,
                Name: m.Model,
                MarkerColor: ChartParts.ColorOf(ChartParts.Palette[i % ChartParts.Palette.Length]),
                MultiText: values.Select(v => ChartParts.Format(v, "0.00")).ToArray(),
                TextPosition: StyleParam.TextPosition.Outside);
        });
        var top = models.SelectMany(m => m.Values).Max() ?? 1;
        return ChartParts.Combine(bars)
            .WithLayoutProperty("barmode", "group")
            .WithXAxis(1, ("title", ChartParts.Text("metric")), ("categoryorder", "array"), ("categoryarray", metrics.ToArray()))
            .WithYAxis(1, ("title", ChartParts.Text("value")), ("range", new[] { 0.0, Math.Max(1.0, top) * 1.1 }))
            .Finish(title, Math.Max(700, 120 * metrics.Count * Math.Max(1, models.Length) / 2), 440);
    }
}
