using AttnTutorial.Hosting;
using AttnTutorial.Plotting;

namespace AttnTutorial.Tests.Hosting;

public class PlotlyJsLoaderTests
{
    [Fact]
    public void Html_Embedded_IsOneScriptWithPlotlyNetsPlotlyJs()
    {
        string html = PlotlyJsLoader.Html();

        Assert.StartsWith("<script type=\"text/javascript\">", html, StringComparison.Ordinal);
        Assert.Contains(PlotlyJsLoader.Marker, html, StringComparison.Ordinal);
        Assert.Contains($"plotly.js v{ChartExport.PlotlyJsVersion}", html, StringComparison.Ordinal);
        Assert.Equal(1, System.Text.RegularExpressions.Regex.Count(html, "</script>"));
    }

    [Fact]
    public void Html_HidesAmdAndCommonJsFromPlotly_AndSkipsALoadedPlotly()
    {
        string html = PlotlyJsLoader.Html("/* plotly */");

        Assert.Contains("if (!window.Plotly) { (function (define, module, exports) {\n/* plotly */\n}).call(window); }", html, StringComparison.Ordinal);
        Assert.EndsWith("</script>\n", html, StringComparison.Ordinal);
    }
}
