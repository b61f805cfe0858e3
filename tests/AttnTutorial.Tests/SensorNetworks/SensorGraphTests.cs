using AttnTutorial.SensorNetworks;

namespace AttnTutorial.Tests.SensorNetworks;

public class SensorGraphTests
{
    [Fact]
    public void Grid_ThreeByFour_EdgesJoinGridNeighboursOnly()
    {
        var graph = SensorGraph.Grid(3, 4, maxLag: 3, new Random(1));
        bool[][] adjacency = graph.Adjacency();
        int[][] lags = graph.Lags();

        Assert.Equal(12, graph.SensorCount);
        for (int i = 0; i < 12; i++)
        {
            for (int j = 0; j < 12; j++)
            {
                int distance = Math.Abs(graph.Row(i) - graph.Row(j)) + Math.Abs(graph.Column(i) - graph.Column(j));
                Assert.Equal(distance == 1, adjacency[i][j]);
                Assert.Equal(lags[i][j], lags[j][i]);
                if (distance == 1) Assert.InRange(lags[i][j], 1, 3);
                else Assert.Equal(0, lags[i][j]);
            }
        }
        Assert.Equal([1, 4], graph.Neighbours(0));
        Assert.Equal([1, 4, 6, 9], graph.Neighbours(5));
    }

    [Fact]
    public void HopAndLagDistances_Path_CountEdgesAndSumLags()
    {
        var graph = SensorGraph.Grid(1, 4, maxLag: 3, new Random(2));
        int[][] lags = graph.Lags();

        Assert.Equal([0, 1, 2, 3], graph.HopDistances(0));
        Assert.Equal([0, lags[0][1], lags[0][1] + lags[1][2], lags[0][1] + lags[1][2] + lags[2][3]], graph.LagDistances(0));
    }

    [Fact]
    public void LagDistances_Grid_TakesTheQuickerWayRound()
    {
        var graph = SensorGraph.Grid(2, 2, maxLag: 3, new Random(4));
        int[][] lags = graph.Lags();
        // Sensor 3 is reached via 1 or via 2; the delay is the smaller sum.
        int expected = Math.Min(lags[0][1] + lags[1][3], lags[0][2] + lags[2][3]);
        Assert.Equal(expected, graph.LagDistances(0)[3]);
        Assert.Equal(2, graph.HopDistances(0)[3]);
    }

    [Fact]
    public void Adjacency_Copy_ChangingItLeavesTheGraph()
    {
        var graph = SensorGraph.Grid(2, 2, maxLag: 2, new Random(3));
        graph.Adjacency()[0][1] = false;
        graph.Lags()[0][1] = 0;
        Assert.True(graph.AreNeighbours(0, 1));
        Assert.True(graph.Lag(0, 1) > 0);
    }
}
