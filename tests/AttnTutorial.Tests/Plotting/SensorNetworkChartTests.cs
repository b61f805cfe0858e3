using AttnTutorial.Plotting;
using AttnTutorial.SensorNetworks;

namespace AttnTutorial.Tests.Plotting;

public class SensorNetworkChartTests
{
    // A 2 × 3 grid: 7 edges (2 rows × 2 horizontal + 3 vertical).
    private static readonly SensorGraph Graph = SensorGraph.Grid(2, 3, maxLag: 3, new Random(1));

    [Fact]
    public void Network_OneLinePerEdge_LagLabels_HighlightedSensorsApart()
    {
        var figure = FigureJson.Of(SensorNetworkChart.Network(Graph, highlighted: [4], learned: [(0, 1), (1, 0), (0, 4)], title: "net"));

        Assert.Equal(7, figure.TracesNamed("true coupling").Count);
        Assert.Equal(7, figure.Annotations.Count);
        Assert.All(figure.Annotations, a => Assert.StartsWith("lag ", a.GetProperty("text").GetString()));
        // (0, 1) and (1, 0) are one learned pair on a true edge; (0, 4) is diagonal, not a coupling.
        Assert.Single(figure.TracesNamed("learned, true coupling"));
        Assert.Single(figure.TracesNamed("learned, no coupling"));
        var sensors = Assert.Single(figure.TracesNamed("sensor"));
        Assert.Equal(5, sensors.GetProperty("x").GetArrayLength());
        var highlighted = Assert.Single(figure.TracesNamed("highlighted sensor"));
        // Sensor 4 sits in row 1, column 1: drawn at (1, −1).
        Assert.Equal([1.0], FigureJson.Numbers(highlighted.GetProperty("x")));
        Assert.Equal([-1.0], FigureJson.Numbers(highlighted.GetProperty("y")));
        Assert.Equal("net", figure.Title);
    }

    [Fact]
    public void Network_BadSensorOrEdge_Throws()
    {
        Assert.Contains("sensor 6", Assert.Throws<ArgumentOutOfRangeException>(() => SensorNetworkChart.Network(Graph, highlighted: [6])).Message);
        Assert.Contains("edge (2, 2)", Assert.Throws<ArgumentOutOfRangeException>(() => SensorNetworkChart.Network(Graph, learned: [(2, 2)])).Message);
    }

    [Fact]
    public void MatrixBesideGraph_TwoHeatmaps_TrueEdgesOutlined()
    {
        var matrix = Enumerable.Range(0, 6).Select(i => (IReadOnlyList<float>)Enumerable.Range(0, 6).Select(j => i == j ? 0f : 0.2f).ToArray()).ToArray();
        var figure = FigureJson.Of(SensorNetworkChart.MatrixBesideGraph(matrix, Graph));

        Assert.Equal(2, figure.Traces.Count);
        Assert.All(figure.Traces, t => Assert.Equal("heatmap", t.GetProperty("type").GetString()));
        var adjacency = figure.Traces[1].GetProperty("z");
        Assert.Equal(14, adjacency.EnumerateArray().Sum(row => row.EnumerateArray().Sum(v => v.GetInt32())));
        Assert.Equal(14, figure.Shapes.Count); // both directions of the 7 edges
        Assert.Throws<ArgumentException>(() => SensorNetworkChart.MatrixBesideGraph(matrix.Take(5).ToArray(), Graph));
    }

    [Fact]
    public void ScoreHeatmap_CropsSteps_OutlinesLabelledRuns()
    {
        IReadOnlyList<float>[] scores = [[0, 1, 2, 3, 4, 5], [5, 4, 3, 2, 1, 0]];
        IReadOnlyList<bool>[] labels = [[false, true, true, false, false, true], [false, false, false, false, false, false]];
        var figure = FigureJson.Of(SensorNetworkChart.ScoreHeatmap(scores, labels, from: 1, to: 5));

        var trace = Assert.Single(figure.Traces);
        Assert.Equal([1.0, 2, 3, 4], FigureJson.Numbers(trace.GetProperty("x")));
        Assert.Equal([1.0, 2, 3, 4], FigureJson.Numbers(trace.GetProperty("z")[0]));
        // Sensor 0's run [1, 3) is inside the crop; its step 5 is not.
        var outline = Assert.Single(figure.Shapes);
        Assert.Equal(0.5, outline.GetProperty("x0").GetDouble());
        Assert.Equal(2.5, outline.GetProperty("x1").GetDouble());
        Assert.Throws<ArgumentOutOfRangeException>(() => SensorNetworkChart.ScoreHeatmap(scores, labels, from: 4, to: 7));
    }
}
