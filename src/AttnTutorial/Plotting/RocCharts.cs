using AttnTutorial.Evaluation;
using Plotly.NET;

namespace AttnTutorial.Plotting;

/// <summary>ROC curves (AUC in the legend, the chance diagonal dashed) and precision–recall curves (AP in the legend, the chance level dashed). Introduced in chapter 06.</summary>
public static class RocCharts
{
    private static readonly double[] Ends = [0.0, 1.0];

    /// <summary>The ROC curve of one model.</summary>
    /// <param name="scores">One score per series, higher = more anomalous.</param>
    /// <param name="labels">0 normal, 1 anomaly; both classes must occur.</param>
    /// <param name="name">The model's name in the legend.</param>
    /// <param name="title">Title.</param>
    public static GenericChart Roc(IReadOnlyList<float> scores, IReadOnlyList<int> labels, string name = "model", string title = "ROC curve") =>
        Roc([(name, scores, labels)], title);

    /// <summary>ROC curves of several models on one chart.</summary>
    /// <param name="models">(name, scores, labels) per model; each needs both classes.</param>
    /// <param name="title">Title.</param>
    public static GenericChart Roc(IEnumerable<(string Name, IReadOnlyList<float> Scores, IReadOnlyList<int> Labels)> models, string title = "ROC curves")
    {
        return RocFromCurves(Models(models).Select(m => (m.Name, BinaryMetrics.RocCurve(m.Scores, m.Labels), BinaryMetrics.RocAuc(m.Scores, m.Labels)!.Value)).ToArray(), title);
    }

    /// <summary>A ROC curve already computed with <see cref="BinaryMetrics.RocCurve"/>; the AUC in the legend is its trapezoid area.</summary>
    /// <param name="curve">The points, FPR rising.</param>
    /// <param name="name">The model's name in the legend.</param>
    /// <param name="title">Title.</param>
    public static GenericChart Roc(IReadOnlyList<RocPoint> curve, string name = "model", string title = "ROC curve")
    {
        ArgumentNullException.ThrowIfNull(curve);
        if (curve.Count < 2)
        {
            throw new ArgumentException($"curve has {curve.Count} points; a ROC curve needs at least 2.", nameof(curve));
        }

        var area = curve.Zip(curve.Skip(1), (a, b) => (b.FalsePositiveRate - a.FalsePositiveRate) * (a.TruePositiveRate + b.TruePositiveRate) / 2).Sum();
        return RocFromCurves([(name, curve, area)], title);
    }

    /// <summary>The precision–recall curve of one model.</summary>
    /// <param name="scores">One score per series, higher = more anomalous.</param>
    /// <param name="labels">0 normal, 1 anomaly; both classes must occur.</param>
    /// <param name="name">The model's name in the legend.</param>
    /// <param name="title">Title.</param>
    public static GenericChart PrecisionRecall(IReadOnlyList<float> scores, IReadOnlyList<int> labels, string name = "model", string title = "Precision–recall curve") =>
        PrecisionRecall([(name, scores, labels)], title);

    /// <summary>
    /// Precision–recall curves of several models; the dashed chance level is the first model's share of
    /// anomalies (what a random ranking scores).
    /// </summary>
    /// <param name="models">(name, scores, labels) per model; each needs both classes.</param>
    /// <param name="title">Title.</param>
    public static GenericChart PrecisionRecall(IEnumerable<(string Name, IReadOnlyList<float> Scores, IReadOnlyList<int> Labels)> models, string title = "Precision–recall curves")
    {
        var list = Models(models);
        var traces = new List<GenericChart>();
        for (var i = 0; i < list.Length; i++)
        {
            var (name, scores, labels) = list[i];
            var ap = BinaryMetrics.AveragePrecision(scores, labels)
                ?? throw new ArgumentException($"Model '{name}' has only one class in its labels; average precision is undefined.", nameof(models));
            var curve = BinaryMetrics.PrecisionRecallCurve(scores, labels);
            traces.Add(ChartParts.Line(curve.Select(p => p.Recall), curve.Select(p => p.Precision), $"{name} (AP = {ChartParts.Format(ap)})", ChartParts.Palette[i % ChartParts.Palette.Length]));
        }

        var prevalence = list[0].Labels.Average();
        traces.Add(ChartParts.Line(Ends, new[] { prevalence, prevalence }, $"chance (AP = {ChartParts.Format(prevalence)})", ChartParts.ReferenceGrey, dashed: true, width: 1));
        return Square(ChartParts.Combine(traces), "recall", "precision", title);
    }

    private static GenericChart RocFromCurves((string Name, IReadOnlyList<RocPoint> Curve, double Auc)[] curves, string title)
    {
        var traces = curves.Select((c, i) => ChartParts.Line(
            c.Curve.Select(p => p.FalsePositiveRate), c.Curve.Select(p => p.TruePositiveRate), $"{c.Name} (AUC = {ChartParts.Format(c.Auc)})", ChartParts.Palette[i % ChartParts.Palette.Length])).ToList();
        traces.Add(ChartParts.Line(Ends, Ends, "chance (AUC = 0.5)", ChartParts.ReferenceGrey, dashed: true, width: 1));
        return Square(ChartParts.Combine(traces), "false positive rate", "true positive rate (recall)", title);
    }

    private static (string Name, IReadOnlyList<float> Scores, IReadOnlyList<int> Labels)[] Models(IEnumerable<(string Name, IReadOnlyList<float> Scores, IReadOnlyList<int> Labels)> models)
    {
        ArgumentNullException.ThrowIfNull(models);
        var list = models.ToArray();
        return list.Length > 0 ? list : throw new ArgumentException("No models to plot.", nameof(models));
    }

    private static GenericChart Square(GenericChart chart, string xTitle, string yTitle, string title) => chart
        .WithXAxis(1, ("title", ChartParts.Text(xTitle)), ("range", new[] { -0.01, 1.01 }))
        .WithYAxis(1, ("title", ChartParts.Text(yTitle)), ("range", new[] { -0.01, 1.01 }))
        .WithLayoutProperty("legend", new Dictionary<string, object> { ["x"] = 0.98, ["y"] = 0.02, ["xanchor"] = "right", ["yanchor"] = "bottom" })
        .Finish(title, 620, 560);
}
