using System.Globalization;

namespace AttnTutorial.Evaluation;

/// <summary>
/// Seed summaries as a table, one row per model and one column per metric, each cell "mean ± sd"; and the pairwise
/// verdicts the chapters' ranking claims rest on (<see cref="SeedSummary.Compare"/>). Introduced in chapter 08.
/// </summary>
/// <remarks>A notebook cell ending with one shows it as HTML (<see cref="ToHtml"/>).</remarks>
public sealed class SeedTable
{
    private readonly Dictionary<(string Row, string Column), SeedSummary> _cells = [];

    /// <summary>A table with the given cells; rows and columns keep the order in which they first appear.</summary>
    /// <param name="cells">(row, column, summary) triples, at most one per row and column.</param>
    public SeedTable(IEnumerable<(string Row, string Column, SeedSummary Summary)> cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        var rows = new List<string>();
        var columns = new List<string>();
        foreach (var (row, column, summary) in cells)
        {
            ArgumentNullException.ThrowIfNull(summary);
            if (!_cells.TryAdd((row, column), summary))
                throw new ArgumentException($"Two summaries for row '{row}', column '{column}'.", nameof(cells));
            if (!rows.Contains(row)) rows.Add(row);
            if (!columns.Contains(column)) columns.Add(column);
        }
        Rows = rows;
        Columns = columns;
    }

    /// <summary>Row names (models), in order.</summary>
    public IReadOnlyList<string> Rows { get; }

    /// <summary>Column names (metrics), in order.</summary>
    public IReadOnlyList<string> Columns { get; }

    /// <summary>
    /// A table from <see cref="SeedRuns.Run(IReadOnlyList{int}, Func{int, IReadOnlyDictionary{string, double}}, Action{int, IReadOnlyDictionary{string, double}}?)"/>'s
    /// result whose names are "row · column", e.g. "CNN · ROC-AUC" (split at the last <paramref name="separator"/>).
    /// </summary>
    /// <param name="summaries">Name → summary.</param>
    /// <param name="separator">Between row and column in each name. Default " · ".</param>
    public static SeedTable ByName(IReadOnlyDictionary<string, SeedSummary> summaries, string separator = " · ")
    {
        ArgumentNullException.ThrowIfNull(summaries);
        return new SeedTable(summaries.Select(kv =>
        {
            int at = kv.Key.LastIndexOf(separator, StringComparison.Ordinal);
            if (at <= 0) throw new ArgumentException($"'{kv.Key}' has no '{separator}' between a row and a column name.", nameof(summaries));
            return (kv.Key[..at], kv.Key[(at + separator.Length)..], kv.Value);
        }));
    }

    /// <summary>The summary in one cell.</summary>
    /// <exception cref="KeyNotFoundException">No such row and column.</exception>
    public SeedSummary this[string row, string column] => _cells.TryGetValue((row, column), out var summary)
        ? summary
        : throw new KeyNotFoundException($"No cell for row '{row}', column '{column}'. Rows: {string.Join(", ", Rows)}; columns: {string.Join(", ", Columns)}.");

    /// <summary>The summary in one cell, or false when the table has none there (a metric undefined for that row).</summary>
    public bool TryGetValue(string row, string column, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out SeedSummary summary) =>
        _cells.TryGetValue((row, column), out summary);

    /// <summary>
    /// For every pair of rows in <paramref name="column"/>, best mean first: "CNN ahead of FFN (0.999 vs 0.958, gap 0.041 &gt; 2 sd = 0.012)"
    /// or "CNN ties with attention (…, gap 0.010 ≤ 2 sd = 0.030)".
    /// </summary>
    public IReadOnlyList<string> Verdicts(string column)
    {
        var present = Rows.Where(r => _cells.ContainsKey((r, column))).OrderByDescending(r => _cells[(r, column)].Mean).ToArray();
        var verdicts = new List<string>();
        for (int a = 0; a < present.Length; a++)
        {
            for (int b = a + 1; b < present.Length; b++)
            {
                var (x, y) = (_cells[(present[a], column)], _cells[(present[b], column)]);
                double spread = 2 * Math.Max(x.StandardDeviation, y.StandardDeviation);
                bool ahead = x.Compare(y) == "A";
                verdicts.Add(string.Create(CultureInfo.InvariantCulture,
                    $"{column}: {present[a]} {(ahead ? "ahead of" : "ties with")} {present[b]} ({x.Mean:0.000} vs {y.Mean:0.000}, gap {x.Mean - y.Mean:0.000} {(ahead ? ">" : "≤")} 2 sd = {spread:0.000})"));
            }
        }
        return verdicts;
    }

    /// <summary>The table as HTML, each cell "mean ± sd".</summary>
    public string ToHtml() => TableText.Html(Headers(), Cells(), "attn-seed-table");

    /// <summary>The table as aligned text.</summary>
    public override string ToString() => TableText.Plain(Headers(), Cells());

    private string[] Headers() => [$"model ({SeedCount()} seeds)", .. Columns];

    private string SeedCount() => _cells.Count == 0 ? "0" : string.Join("/", _cells.Values.Select(s => s.Values.Count).Distinct());

    private List<string[]> Cells() =>
        Rows.Select(row => new[] { row }.Concat(Columns.Select(column => _cells.TryGetValue((row, column), out var s)
            ? string.Create(CultureInfo.InvariantCulture, $"{s.Mean:0.000} ± {s.StandardDeviation:0.000}")
            : "")).ToArray()).ToList();
}
