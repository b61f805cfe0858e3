using AttnTutorial.Evaluation;
using AttnTutorial.SensorNetworks;

namespace AttnTutorial.Tests.Evaluation;

public class GraphRecoveryTests
{
    // A path 0 – 1 – 2 – 3.
    private static readonly bool[][] Path =
    [
        [false, true, false, false],
        [true, false, true, false],
        [false, true, false, true],
        [false, false, true, false],
    ];

    private static readonly float[][] Scores =
    [
        [9f, 0.9f, 0.5f, 0.1f], // top-1: 1 (edge); top-2: 1, 2 (one edge)
        [0.2f, 9f, 0.1f, 0.3f], // top-1: 3 (no edge); top-2: 3, 0 (one edge)
        [0.1f, 0.4f, 9f, 0.4f], // tie 1 and 3: lower index first; both edges
        [0.7f, 0.2f, 0.3f, 9f], // top-1: 0 (no edge); top-2: 0, 2 (one edge)
    ];

    [Fact]
    public void TopK_IgnoresDiagonal_TiesToLowerIndex()
    {
        Assert.Equal([[1, 2], [3, 0], [1, 3], [0, 2]], GraphRecovery.TopK(Scores, 2));
    }

    [Fact]
    public void TopKEdgePrecision_HandCounted()
    {
        // k = 1: picks 1, 3, 1, 0 → edges at rows 0 and 2 → 2 of 4.
        Assert.Equal(0.5, GraphRecovery.TopKEdgePrecision(Scores, Path, 1), 12);
        // k = 2: 1 + 1 + 2 + 1 = 5 of 8.
        Assert.Equal(5.0 / 8, GraphRecovery.TopKEdgePrecision(Scores, Path, 2), 12);
        // The true graph's own adjacency as scores finds every edge at k = 1.
        var perfect = Path.Select(row => row.Select(b => b ? 1f : 0f).ToArray()).ToArray();
        Assert.Equal(1.0, GraphRecovery.TopKEdgePrecision(perfect, Path, 1), 12);
    }

    [Fact]
    public void ChancePrecision_PathAndDefaultGrid()
    {
        Assert.Equal(6.0 / 12, GraphRecovery.ChancePrecision(Path), 12);
        var grid = SensorGraph.Grid(4, 4, maxLag: 3, new Random(1));
        Assert.Equal(0.2, GraphRecovery.ChancePrecision(grid.Adjacency()), 12);
    }

    [Fact]
    public void TopKEdgePrecision_SensorGraphOverload_SameAsAdjacency()
    {
        var graph = SensorGraph.Grid(2, 2, maxLag: 1, new Random(5));
        float[][] scores = [[0, 1, 0, 0], [0, 0, 0, 1], [1, 0, 0, 0], [0, 0, 0, 0]];
        // Row 3 has all zeros: the tie goes to sensor 0, not a neighbour of 3 on the 2 × 2 grid (1 and 2 are).
        Assert.Equal(0.75, GraphRecovery.TopKEdgePrecision(scores, graph, 1), 12);
    }

    [Fact]
    public void TopKEdgePrecision_BadInput_ClearErrors()
    {
        var k = Assert.Throws<InvalidOptionException>(() => GraphRecovery.TopKEdgePrecision(Scores, Path, 4));
        Assert.Contains("[1, 3]", k.Message, StringComparison.Ordinal);
        float[][] ragged = [[0, 1], [1]];
        var shape = Assert.Throws<ArgumentException>(() => GraphRecovery.TopK(ragged, 1));
        Assert.Contains("row 1 has 1", shape.Message, StringComparison.Ordinal);
        var size = Assert.Throws<ArgumentException>(() => GraphRecovery.TopKEdgePrecision(Scores, [[false, true], [true, false]], 1));
        Assert.Contains("adjacency is 2 × 2", size.Message, StringComparison.Ordinal);
    }
}
