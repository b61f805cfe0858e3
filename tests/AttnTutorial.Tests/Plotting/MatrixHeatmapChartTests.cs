using AttnTutorial.Plotting;

namespace AttnTutorial.Tests.Plotting;

public class MatrixHeatmapChartTests
{
    [Fact]
    public void Create_Matrix_OneHeatmapWithRowsAsZAndOutlinedSpan()
    {
        IReadOnlyList<float>[] rows = [[1f, 2f, 3f, 4f], [5f, 6f, 7f, 8f], [0f, 0f, 0f, 0f]];
        var figure = FigureJson.Of(MatrixHeatmapChart.Create(rows, "States", "time step t", "unit", span: (1, 3)));

        var trace = Assert.Single(figure.Traces);
        Assert.Equal("heatmap", trace.GetProperty("type").GetString());
        var z = trace.GetProperty("z");
        Assert.Equal(3, z.GetArrayLength());
        Assert.All(z.EnumerateArray(), row => Assert.Equal(4, row.GetArrayLength()));
        Assert.Equal("time step t", figure.AxisTitle("xaxis"));
        Assert.Equal("unit", figure.AxisTitle("yaxis"));
        Assert.Equal("States", figure.Title);
        Assert.Single(figure.Shapes);
    }

    [Fact]
    public void Create_RaggedRows_ThrowsNamingTheRow()
    {
        IReadOnlyList<float>[] rows = [[1f, 2f], [3f]];
        var error = Assert.Throws<ArgumentException>(() => MatrixHeatmapChart.Create(rows, "t", "x", "y"));
        Assert.Contains("Row 1", error.Message);
    }
}
