using System.Text.Json.Nodes;
using AttnTutorial.Kernel.Execution;
using AttnTutorial.Notebooks.Formatting;

namespace AttnTutorial.Kernel.Tests.Execution;

public class PlotlyDeliveryTests
{
    private static MimeBundle Chart() => new([new(MimeBundle.Plotly, new JsonObject { ["data"] = new JsonArray() }), new(MimeBundle.PlainText, JsonValue.Create("Plotly chart"))]);

    [Fact]
    public void TakeLoaderFor_FirstChart_GivesPlotlyJsOnce()
    {
        var delivery = new PlotlyDelivery();

        var loader = delivery.TakeLoaderFor(Chart());
        var second = delivery.TakeLoaderFor(Chart());

        Assert.NotNull(loader);
        string html = loader.GetText(MimeBundle.Html)!;
        Assert.Contains("plotly.js v2.", html, StringComparison.Ordinal);
        Assert.StartsWith("<script", html, StringComparison.Ordinal);
        Assert.Null(second);
        Assert.True(delivery.Delivered);
    }

    [Fact]
    public void TakeLoaderFor_TextBeforeChart_DoesNotUseUpTheDelivery()
    {
        var delivery = new PlotlyDelivery();

        Assert.Null(delivery.TakeLoaderFor(MimeBundle.Text("epoch 1")));
        Assert.Null(delivery.TakeLoaderFor(MimeBundle.HtmlWithText("<table></table>", "table")));

        Assert.False(delivery.Delivered);
        Assert.NotNull(delivery.TakeLoaderFor(Chart()));
    }
}
