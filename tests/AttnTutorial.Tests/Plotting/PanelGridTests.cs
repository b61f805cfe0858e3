using AttnTutorial.Plotting;

namespace AttnTutorial.Tests.Plotting;

public class PanelGridTests
{
    [Fact]
    public void Domains_TwoByTwo_FillRowByRowFromTheTopLeft()
    {
        var grid = new PanelGrid(2, 2, HorizontalGap: 0.1, VerticalGap: 0.2);

        Assert.Equal([0.0, 0.45], grid.XDomain(0), new Rounded());
        Assert.Equal([0.55, 1.0], grid.XDomain(1), new Rounded());
        Assert.Equal([0.6, 1.0], grid.YDomain(0), new Rounded());
        Assert.Equal([0.0, 0.4], grid.YDomain(2), new Rounded());
        Assert.Equal(grid.XDomain(0), grid.XDomain(2));
    }

    [Theory]
    [InlineData(4, 2, 2, 2)]
    [InlineData(5, 2, 3, 2)]
    [InlineData(1, 3, 1, 1)]
    public void For_PanelsAndColumns_HoldsEveryPanel(int panels, int columns, int rows, int usedColumns)
    {
        var grid = PanelGrid.For(panels, columns);

        Assert.Equal((rows, usedColumns), (grid.Rows, grid.Columns));
    }

    private sealed class Rounded : IEqualityComparer<double>
    {
        public bool Equals(double x, double y) => Math.Abs(x - y) < 1e-12;

        public int GetHashCode(double obj) => 0;
    }
}
