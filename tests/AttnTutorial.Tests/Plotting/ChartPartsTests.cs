using AttnTutorial.Plotting;

namespace AttnTutorial.Tests.Plotting;

public class ChartPartsTests
{
    [Fact]
    public void Finish_AnyChart_SetsTitleSizeAndTheSmallCourseTemplate()
    {
        var chart = ChartParts.Line(new[] { 0, 1 }, new[] { 1.0, 2.0 }, "a", ChartParts.SignalBlue).Finish("t", 300, 200);

        var figure = FigureJson.Of(chart);

        Assert.Equal("t", figure.Title);
        Assert.Equal((300, 200), (figure.Layout.GetProperty("width").GetInt32(), figure.Layout.GetProperty("height").GetInt32()));
        var template = figure.Layout.GetProperty("template");
        Assert.Equal("#E5ECF6", template.GetProperty("layout").GetProperty("plot_bgcolor").GetString());
        // Plotly.NET's full default template (one entry per trace type) is what made serialising slow.
        Assert.False(template.GetProperty("data").TryGetProperty("scatter3d", out _));
    }

    [Fact]
    public void WithShapes_TwoCalls_KeepsShapesInTheOrderAdded()
    {
        var chart = ChartParts.Line(new[] { 0, 1 }, new[] { 1.0, 2.0 }, "a", ChartParts.SignalBlue)
            .WithShapes([ChartParts.AnomalyBand(1, 2)])
            .WithShapes([ChartParts.AnomalyBand(5, 6), ChartParts.AnomalyBand(8, 9)]);

        Assert.Equal([0.5, 4.5, 7.5], FigureJson.Of(chart).Shapes.Select(s => s.GetProperty("x0").GetDouble()));
    }
}
