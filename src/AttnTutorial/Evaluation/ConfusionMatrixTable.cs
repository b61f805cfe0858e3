namespace AttnTutorial.Evaluation;

/// <summary>
/// A confusion matrix as a table laid out as in the seeds: rows actual normal / anomaly, columns predicted
/// normal / anomaly; each cell shows the count and its share of all series. A notebook cell that ends with
/// one shows it as HTML (<see cref="ToHtml"/>); <see cref="ToString"/> gives aligned text.
/// </summary>
/// <param name="matrix">The counts to show.</param>
public sealed class ConfusionMatrixTable(ConfusionMatrix matrix)
{
    private static readonly string[] Headers = ["actual \\ predicted", "normal", "anomaly"];

    /// <summary>The counts shown.</summary>
    public ConfusionMatrix Matrix { get; } = matrix ?? throw new ArgumentNullException(nameof(matrix));

    /// <summary>The table as an HTML <c>&lt;table&gt;</c> fragment.</summary>
    public string ToHtml() => TableText.Html(Headers, Cells(), "attn-confusion-table");

    /// <summary>The table as aligned plain text.</summary>
    public override string ToString() => TableText.Plain(Headers, Cells());

    private List<string[]> Cells()
    {
        var counts = Matrix.ToArray();
        string Cell(int row, int column) => TableText.CountWithShare(counts[row, column], Matrix.Total);
        return
        [
            ["normal", Cell(0, 0), Cell(0, 1)],
            ["anomaly", Cell(1, 0), Cell(1, 1)],
        ];
    }
}
