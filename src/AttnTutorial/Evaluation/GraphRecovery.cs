using AttnTutorial.SensorNetworks;

namespace AttnTutorial.Evaluation;

/// <summary>
/// Introduced in chapter 14. How well a learned sensor × sensor matrix (an attention map averaged over windows, or
/// embedding similarities) recovers the true coupling graph: keep each sensor's k highest-scoring other sensors and
/// count how many of those picks are real edges.
/// </summary>
public static class GraphRecovery
{
    /// <summary>For each sensor (row), the <paramref name="k"/> other sensors with the highest scores, highest first (ties: lower index first).</summary>
    /// <param name="scores">N × N scores, <c>scores[i][j]</c> = how strongly sensor i relates to sensor j; the diagonal is ignored.</param>
    /// <param name="k">Picks per sensor, in [1, N − 1].</param>
    public static int[][] TopK(IReadOnlyList<IReadOnlyList<float>> scores, int k)
    {
        int n = CheckSquare(scores, nameof(scores));
        InvalidOptionException.ThrowUnless(k >= 1 && k < n, nameof(k), k, $"in [1, N − 1] = [1, {n - 1}]");
        return Enumerable.Range(0, n)
            .Select(i => Enumerable.Range(0, n).Where(j => j != i).OrderByDescending(j => scores[i][j]).ThenBy(j => j).Take(k).ToArray())
            .ToArray();
    }

    /// <summary>
    /// Top-k edge precision: the share of the N·k picks of <see cref="TopK"/> that are edges of the true graph.
    /// 1 when every sensor's k top scores are true neighbours; <see cref="ChancePrecision"/> for random picks.
    /// </summary>
    /// <param name="scores">N × N scores (diagonal ignored).</param>
    /// <param name="adjacency">The true graph, N × N, e.g. <see cref="SensorGraph.Adjacency"/>.</param>
    /// <param name="k">Picks per sensor, in [1, N − 1].</param>
    public static double TopKEdgePrecision(IReadOnlyList<IReadOnlyList<float>> scores, IReadOnlyList<IReadOnlyList<bool>> adjacency, int k)
    {
        int n = CheckSquare(scores, nameof(scores));
        if (CheckSquare(adjacency, nameof(adjacency)) != n)
            throw new ArgumentException($"adjacency is {adjacency.Count} × {adjacency.Count} but scores is {n} × {n}.", nameof(adjacency));
        var picks = TopK(scores, k);
        int hits = Enumerable.Range(0, n).Sum(i => picks[i].Count(j => adjacency[i][j]));
        return (double)hits / (n * k);
    }

    /// <inheritdoc cref="TopKEdgePrecision(IReadOnlyList{IReadOnlyList{float}}, IReadOnlyList{IReadOnlyList{bool}}, int)"/>
    public static double TopKEdgePrecision(IReadOnlyList<IReadOnlyList<float>> scores, SensorGraph graph, int k)
    {
        ArgumentNullException.ThrowIfNull(graph);
        return TopKEdgePrecision(scores, graph.Adjacency(), k);
    }

    /// <summary>
    /// The precision of picking other sensors at random: directed edges / (N·(N − 1)). 0.2 for the default 4 × 4 grid
    /// (48 directed edges among 240 ordered pairs).
    /// </summary>
    public static double ChancePrecision(IReadOnlyList<IReadOnlyList<bool>> adjacency)
    {
        int n = CheckSquare(adjacency, nameof(adjacency));
        int edges = Enumerable.Range(0, n).Sum(i => Enumerable.Range(0, n).Count(j => j != i && adjacency[i][j]));
        return (double)edges / (n * (n - 1));
    }

    private static int CheckSquare<T>(IReadOnlyList<IReadOnlyList<T>> matrix, string name)
    {
        ArgumentNullException.ThrowIfNull(matrix, name);
        int n = matrix.Count;
        if (n < 2) throw new ArgumentException($"{name} must be at least 2 × 2; got {n} rows.", name);
        for (int i = 0; i < n; i++)
        {
            if (matrix[i] is null || matrix[i].Count != n)
                throw new ArgumentException($"{name} must be square ({n} × {n}), but row {i} has {matrix[i]?.Count ?? 0} entries.", name);
        }
        return n;
    }
}
