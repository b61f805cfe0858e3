using AttnTutorial.Evaluation;

namespace AttnTutorial.Unsupervised;

/// <summary>What <see cref="UnsupervisedBenchmark.Run"/> measured on one data set. Introduced in chapter 13.</summary>
/// <param name="DataSet">The data set.</param>
/// <param name="Table">One row per detector, one column per metric, each cell mean ± sd over the seeds (<see cref="UnsupervisedBenchmark.RocAuc"/> and the other column names).</param>
/// <param name="Methods">The detectors' names, in the order given.</param>
/// <param name="TestScores">Per detector, its scores over the test part with the last seed (the detectors are left fitted with it), for pictures.</param>
/// <param name="Thresholds">Per detector, the alarm threshold of the last seed (from the held-out part of training).</param>
/// <param name="Seconds">Per detector, the mean time to fit and score once, in seconds.</param>
public sealed record UnsupervisedBenchmarkResult(
    UnsupervisedDataSet DataSet,
    SeedTable Table,
    IReadOnlyList<string> Methods,
    IReadOnlyDictionary<string, float[]> TestScores,
    IReadOnlyDictionary<string, double> Thresholds,
    IReadOnlyDictionary<string, double> Seconds)
{
    /// <summary>The detector with the highest mean in <paramref name="column"/>, and every detector that ties with it (gap within 2 sd, <see cref="SeedSummary.Compare"/>).</summary>
    /// <param name="column">A metric column, e.g. <see cref="UnsupervisedBenchmark.VusPr"/>.</param>
    public (string Best, IReadOnlyList<string> Ties) Winner(string column)
    {
        var present = Methods.Where(m => Table.TryGetValue(m, column, out _)).ToArray();
        if (present.Length == 0) throw new ArgumentException($"No detector has a value in column '{column}'. Columns: {string.Join(", ", Table.Columns)}.", nameof(column));
        var best = present.MaxBy(m => Table[m, column].Mean)!;
        var ties = present.Where(m => m != best && Table[best, column].Compare(Table[m, column]) == "tie").ToArray();
        return (best, ties);
    }
}
