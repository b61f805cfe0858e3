using System.Text.RegularExpressions;
using AttnTutorial.Data;
using AttnTutorial.Evaluation;
using AttnTutorial.Plotting;
using Plotly.NET;

namespace AttnTutorial.Tests.Plotting;

public sealed partial class ChartExportTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("attn-export-");

    private static GenericChart Overlay() => AttentionOverlayChart.Create(TestSeries.Sample(AnomalyKind.Flat), TestSeries.Weights(50));

    private static GenericChart Confusion() => ConfusionMatrixChart.Create(new ConfusionMatrix(45, 5, 2, 8));

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public void ToHtml_ThreeCharts_InlinesPlotlyJsOnceAndLoadsNoScriptFromOutside()
    {
        var html = ChartExport.ToHtml([Overlay(), Confusion(), Overlay()]);

        Assert.Equal(1, Regex.Count(html, Regex.Escape($"plotly.js v{ChartExport.PlotlyJsVersion}")));
        Assert.Empty(ScriptSrc().Matches(html));
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(3, Regex.Count(html, "<div id=\"chart-\\d\" class=\"chart\"></div>"));
        Assert.Equal(3, Regex.Count(html, "Plotly\\.newPlot\\(\"chart-\\d\""));
    }

    [Fact]
    public void PlotlyJsVersion_Embedded_IsTheOnePlotlyNetShips()
    {
        Assert.Equal("2.28.0", ChartExport.PlotlyJsVersion);
    }

    [Fact]
    public void ToHtml_TitleContainingScriptTag_CannotCloseTheScript()
    {
        var chart = AttentionOverlayChart.Create(TestSeries.Sample(AnomalyKind.Flat).Channels[0], TestSeries.Weights(50), title: "</script><b>x</b>");

        var html = ChartExport.ToHtml([chart], "<page>");

        Assert.Equal(1, Regex.Count(html, "</script>\\n</head>"));
        Assert.Contains("<\\/script><b>x<\\/b>", html, StringComparison.Ordinal);
        Assert.Contains("<title>&lt;page&gt;</title>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void ToHtml_NoCharts_ThrowsNamingCharts()
    {
        Assert.Equal("charts", Assert.Throws<ArgumentException>(() => ChartExport.ToHtml([])).ParamName);
    }

    [Fact]
    public void SaveHtml_NewFileInMissingFolder_WritesItAndLeavesNoTemporaryFile()
    {
        var path = Path.Combine(_folder.FullName, "new", "overlay.html");

        ChartExport.SaveHtml(Overlay(), path);

        Assert.StartsWith("<!DOCTYPE html>", File.ReadAllText(path), StringComparison.Ordinal);
        Assert.Contains("<title>overlay</title>", File.ReadAllText(path), StringComparison.Ordinal);
        Assert.Equal(["overlay.html"], Directory.GetFiles(Path.GetDirectoryName(path)!).Select(Path.GetFileName));
    }

    [Fact]
    public void SaveHtml_ExistingFile_IsReplaced()
    {
        var path = Path.Combine(_folder.FullName, "charts.html");
        File.WriteAllText(path, "old");

        ChartExport.SaveHtml([Overlay(), Confusion()], path, "Two charts");

        Assert.Contains("<title>Two charts</title>", File.ReadAllText(path), StringComparison.Ordinal);
    }

    [Fact]
    public void SaveHtml_ChartFailsToRender_LeavesTheOldFileAlone()
    {
        var path = Path.Combine(_folder.FullName, "charts.html");
        File.WriteAllText(path, "old");

        Assert.Throws<ArgumentNullException>(() => ChartExport.SaveHtml([Overlay(), null!], path));

        Assert.Equal("old", File.ReadAllText(path));
        Assert.Single(_folder.GetFiles());
    }

    [Fact]
    public void SaveHtml_PathIsADirectory_ThrowsNamingThePath()
    {
        var error = Assert.Throws<IOException>(() => ChartExport.SaveHtml(Overlay(), _folder.FullName));

        Assert.Contains(_folder.FullName, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SaveHtml_FolderIsAFile_ThrowsNamingThePathAndLeavesNothing()
    {
        var file = Path.Combine(_folder.FullName, "not-a-folder");
        File.WriteAllText(file, "x");
        var path = Path.Combine(file, "chart.html");

        var error = Assert.Throws<IOException>(() => ChartExport.SaveHtml(Overlay(), path));

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Single(_folder.GetFiles());
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void SaveHtml_BlankPath_ThrowsNamingPath(string path)
    {
        Assert.Equal("path", Assert.Throws<ArgumentException>(() => ChartExport.SaveHtml(Overlay(), path)).ParamName);
    }

    [GeneratedRegex("<script\\b[^>]*\\bsrc\\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex ScriptSrc();
}
