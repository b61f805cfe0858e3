using System.Buffers.Binary;
using System.Text.RegularExpressions;
using AttnTutorial.Data;
using AttnTutorial.Evaluation;
using AttnTutorial.Plotting;

namespace AttnTutorial.Tests.Plotting;

/// <summary>
/// Opens exported HTML in a real headless Chromium with no network and checks that plotly.js drew the charts.
/// The page and a screenshot stay in artifacts/test-screenshots/ for a person to look at.
/// </summary>
public sealed class ChartExportBrowserTests : IDisposable
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private readonly DirectoryInfo _scratch = Directory.CreateTempSubdirectory("attn-browser-");

    public void Dispose() => _scratch.Delete(recursive: true);

    [ChromiumFact]
    public void SaveHtml_OverlayAndConfusion_RenderOfflineWithoutAnyRequest()
    {
        var path = Path.Combine(Artifacts.FullName, "attention-overlay.html");
        ChartExport.SaveHtml(
            [
                AttentionOverlayChart.Create(TestSeries.Sample(AnomalyKind.Flat), TestSeries.Weights(50), probability: 0.93),
                ConfusionMatrixChart.Create(new ConfusionMatrix(45, 5, 2, 8)),
            ],
            path,
            "Browser test");
        var netLog = Path.Combine(_scratch.FullName, "net-log.json");

        var dom = Chromium.Run(path, "--virtual-time-budget=10000", $"--log-net-log={netLog}", "--dump-dom");

        var overlay = Between(dom, "id=\"chart-0\"", "id=\"chart-1\"");
        var confusion = Between(dom, "id=\"chart-1\"", "</body>");
        Assert.Contains("class=\"main-svg\"", overlay, StringComparison.Ordinal);
        Assert.Equal(2, Regex.Count(overlay, "class=\"trace scatter"));
        Assert.Equal(2, Regex.Count(overlay, "class=\"traces\""));
        Assert.Contains("fill: rgb(255, 127, 14)", overlay, StringComparison.Ordinal);
        Assert.Contains("class=\"main-svg\"", confusion, StringComparison.Ordinal);
        Assert.Equal(1, Regex.Count(confusion, "class=\"hm\""));
        Assert.Empty(Chromium.PageRequests(netLog));
    }

    [ChromiumFact]
    public void SaveHtml_Overlay_ScreenshotHasTheWindowSize()
    {
        var page = Path.Combine(Artifacts.FullName, "attention-grid.html");
        SeriesSample[] samples = [TestSeries.Sample(AnomalyKind.None), TestSeries.Sample(AnomalyKind.None, seed: 1), TestSeries.Sample(AnomalyKind.Flat), TestSeries.Sample(AnomalyKind.Spike)];
        ChartExport.SaveHtml(AttentionOverlayChart.Grid(samples, [TestSeries.Weights(20, 0.01), TestSeries.Weights(75, 0.01), TestSeries.Weights(50), TestSeries.Weights(48)], [0.04, 0.1, 0.93, 0.88]), page);
        var screenshot = Path.Combine(Artifacts.FullName, "attention-grid.png");
        File.Delete(screenshot);

        Chromium.Run(page, "--virtual-time-budget=10000", "--window-size=1150,800", $"--screenshot={screenshot}");

        var header = File.ReadAllBytes(screenshot).AsSpan(0, 24);
        Assert.True(header[..8].SequenceEqual(PngSignature), "not a PNG");
        Assert.Equal((1150, 800), (BinaryPrimitives.ReadInt32BigEndian(header[16..]), BinaryPrimitives.ReadInt32BigEndian(header[20..])));
    }

    // The no-request check must be able to fail: a page that fetches a remote image is caught.
    [ChromiumFact]
    public void PageRequests_PageWithRemoteImage_ReportsIt()
    {
        var page = Path.Combine(_scratch.FullName, "remote.html");
        File.WriteAllText(page, "<html><body><img src=\"https://example.com/pixel.png\"></body></html>");
        var netLog = Path.Combine(_scratch.FullName, "net-log.json");

        Chromium.Run(page, "--virtual-time-budget=2000", $"--log-net-log={netLog}", "--dump-dom");

        Assert.Contains("https://example.com/pixel.png", Chromium.PageRequests(netLog));
    }

    private static DirectoryInfo Artifacts => Directory.CreateDirectory(RepoPaths.File("artifacts", "test-screenshots"));

    private static string Between(string text, string from, string to)
    {
        var start = text.IndexOf(from, StringComparison.Ordinal);
        Assert.True(start >= 0, $"'{from}' is not in the rendered DOM");
        var end = text.IndexOf(to, start, StringComparison.Ordinal);
        return text[start..(end < 0 ? text.Length : end)];
    }
}
