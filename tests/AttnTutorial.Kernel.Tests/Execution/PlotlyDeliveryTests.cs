using System.Text.Json.Nodes;
using AttnTutorial.Kernel.Execution;
using AttnTutorial.Kernel.Tests.Browser;
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

    [Fact]
    public void LoaderHtml_HidesAmdAndCommonJsFromPlotly_AndSkipsALoadedPlotly()
    {
        string html = PlotlyDelivery.LoaderHtml("/* plotly */");

        Assert.Contains("if (!window.Plotly) { (function (define, module, exports) {\n/* plotly */\n}).call(window); }", html, StringComparison.Ordinal);
        Assert.EndsWith("</script>\n", html, StringComparison.Ordinal);
    }

    [Fact]
    public void LoaderHtml_PlotlyJs_SetsWindowPlotlyUnderRequireJs()
    {
        // Runs the real loader the way the classic Notebook's page would, with require.js's define in place: plotly.js must
        // land on window.Plotly and not register an anonymous AMD module.
        if (BrowserTools.NodeJs is null)
        {
            Assert.False(Ci.Running, "CI must have node");
            return;
        }
        using var temp = new TempFolder();
        string html = new PlotlyDelivery().TakeLoaderFor(Chart())!.GetText(MimeBundle.Html)!;
        string script = html[(html.IndexOf('>') + 1)..html.LastIndexOf("</script>", StringComparison.Ordinal)];
        File.WriteAllText(temp.File("page.js"),
            "var window = globalThis; var self = globalThis; var amd = 0;\n"
            + "globalThis.define = function () { amd++; }; globalThis.define.amd = {};\n"
            + "globalThis.document = undefined;\n"
            + "try {\n" + script + "\n} catch (e) { /* plotly.js needs a DOM to finish; its header ran first */ }\n"
            + "console.log(JSON.stringify({ amd: amd, plotly: typeof window.Plotly }));\n");

        var (code, stdout, stderr) = BrowserTools.Run(BrowserTools.NodeJs, [temp.File("page.js")], TimeSpan.FromSeconds(60));

        Assert.True(code == 0, stderr);
        Assert.Contains("\"amd\":0", stdout, StringComparison.Ordinal);
    }
}
