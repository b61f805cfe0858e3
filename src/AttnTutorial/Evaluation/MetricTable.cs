using System.Globalization;

namespace AttnTutorial.Evaluation;

/// <summary>
/// A table of classification metrics, one row per model (or split). A notebook cell that ends with one
/// shows it as HTML (<see cref="ToHtml"/>); <see cref="ToString"/> gives the same table as aligned text.
/// Introduced in chapter 05.
/// </summary>
/// <remarks>Undefined ROC-AUC and average precision (one class only) show as "n/a", never as a number.</remarks>
public sealed class MetricTable
{
    private static readonly string[] Headers = ["model", "accuracy", "precision", "recall", "F1", "ROC-AUC", "AP", "threshold", "n"];

    /// <summary>A table with the given rows, in order.</summary>
    /// <param name="rows">(row name, report) pairs; names label the rows and need not be unique.</param>
    public MetricTable(IEnumerable<(string Name, ClassificationReport Report)> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        Rows = rows.ToArray();
        for (var i = 0; i < Rows.Count; i++)
        {
            if (Rows[i].Name is null || Rows[i].Report is null)
            {
                throw new ArgumentException($"rows[{i}] has a null name or report.", nameof(rows));
            }
        }
    }

    /// <summary>The rows, in display order.</summary>
    public IReadOnlyList<(string Name, ClassificationReport Report)> Rows { get; }

    /// <summary>A one-row table for a single report.</summary>
    /// <param name="report">The numbers to show.</param>
    /// <param name="name">Row label.</param>
    public static MetricTable For(ClassificationReport report, string name = "model") => new([(name, report)]);

    /// <summary>A table with one row per dictionary entry, in the dictionary's enumeration order.</summary>
    /// <param name="reports">Row name → report.</param>
    public static MetricTable From(IEnumerable<KeyValuePair<string, ClassificationReport>> reports)
    {
        ArgumentNullException.ThrowIfNull(reports);
        return new MetricTable(reports.Select(kv => (kv.Key, kv.Value)));
    }

    /// <summary>The table as an HTML <c>&lt;table&gt;</c> fragment (numbers to 3 decimals).</summary>
    public string ToHtml() => TableText.Html(Headers, Cells(), "attn-metric-table");

    /// <summary>The table as aligned plain text.</summary>
    public override string ToString() => TableText.Plain(Headers, Cells());

    private List<string[]> Cells() =>
        Rows.Select(row =>
        {
            var r = row.Report;
            return new[]
            {
                row.Name,
                TableText.Number(r.Accuracy),
                TableText.Number(r.Precision),
                TableText.Number(r.Recall),
                TableText.Number(r.F1),
                TableText.Number(r.RocAuc),
                TableText.Number(r.AveragePrecision),
                TableText.Number(r.Threshold),
                r.Count.ToString(CultureInfo.InvariantCulture),
            };
        }).ToList();
}
