using System.Text.Json.Nodes;
using AttnTutorial.Notebooks.Formatting;

namespace AttnTutorial.Notebooks.Tests.Formatting;

public class OutputFormatterTests
{
    private sealed class MetricTable
    {
        public string ToHtml() => "<table><tr><td>F1</td><td>0.91</td></tr></table>";

        public override string ToString() => "F1 0.91";
    }

    private sealed class NotHtml
    {
        public string ToHtml(int indent) => new(' ', indent);

        public override string ToString() => "plain";
    }

    [Fact]
    public void Format_ObjectWithToHtml_GivesHtmlAndPlainText()
    {
        var bundle = OutputFormatter.Format(new MetricTable());

        Assert.Equal("<table><tr><td>F1</td><td>0.91</td></tr></table>", bundle.GetText(MimeBundle.Html));
        Assert.Equal("F1 0.91", bundle.GetText(MimeBundle.PlainText));
    }

    [Fact]
    public void Format_ToHtmlWithParameters_DoesNotCount()
    {
        var bundle = OutputFormatter.Format(new NotHtml());

        Assert.Equal(["text/plain"], bundle.Data.Keys);
        Assert.Equal("plain", bundle.GetText(MimeBundle.PlainText));
    }

    [Fact]
    public void Format_Tensor_GivesShapeDtypeAndValues()
    {
        using var tensor = TorchSharp.torch.arange(6, dtype: TorchSharp.torch.ScalarType.Float32).reshape(2, 3);

        string text = OutputFormatter.Format(tensor).GetText(MimeBundle.PlainText)!;

        Assert.StartsWith("Tensor shape [2, 3], dtype Float32, device cpu\n", text, StringComparison.Ordinal);
        Assert.Contains("[[0, 1, 2]", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Format_LargeTensor_IsSummarised()
    {
        using var tensor = TorchSharp.torch.arange(100_000);

        string text = OutputFormatter.Format(tensor).GetText(MimeBundle.PlainText)!;

        Assert.True(text.Length < 2000, $"{text.Length} characters");
        Assert.Contains("...", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Format_SequenceOfRecords_GivesATableWithAColumnPerProperty()
    {
        var rows = Enumerable.Range(0, 25).Select(i => new { Step = i, Loss = 1.0 / (i + 1) }).ToList();

        var bundle = OutputFormatter.Format(rows);

        string html = bundle.GetText(MimeBundle.Html)!;
        Assert.Contains("<th>Step</th><th>Loss</th>", html, StringComparison.Ordinal);
        Assert.Contains("<td>0.5</td>", html, StringComparison.Ordinal);
        Assert.Equal(20, html.Split("<tr><td>").Length - 1);
        Assert.Contains("(5 more)", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Format_SequenceOfNumbers_GivesAValueColumnAndEscapes()
    {
        var bundle = OutputFormatter.Format(new[] { "<a>", "b" });

        Assert.Contains("<th>value</th>", bundle.GetText(MimeBundle.Html)!, StringComparison.Ordinal);
        Assert.Contains("<td>&lt;a&gt;</td>", bundle.GetText(MimeBundle.Html)!, StringComparison.Ordinal);
        Assert.Equal("String[] (2 items): [<a>, b]", bundle.GetText(MimeBundle.PlainText));
    }

    [Fact]
    public void Format_PlotlyChart_GivesFigureJsonAndAnHtmlFallbackWithoutNetwork()
    {
        var chart = Plotly.NET.CSharp.Chart.Line<int, int, string>(new[] { 1, 2, 3 }, new[] { 4, 5, 6 });

        var bundle = OutputFormatter.Format(chart);

        var figure = Assert.IsType<JsonObject>(bundle.Data[MimeBundle.Plotly]);
        Assert.Equal("[4,5,6]", figure["data"]![0]!["y"]!.ToJsonString());
        Assert.NotNull(figure["layout"]);
        string html = bundle.GetText(MimeBundle.Html)!;
        Assert.Contains("Plotly.newPlot", html, StringComparison.Ordinal);
        Assert.DoesNotContain("http", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("require", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Format_StringNullAndOthers_AreTextPlain()
    {
        Assert.Equal("hi", OutputFormatter.Format("hi").GetText(MimeBundle.PlainText));
        Assert.Equal("<null>", OutputFormatter.Format(null).GetText(MimeBundle.PlainText));
        Assert.Equal("3.5", OutputFormatter.Format(3.5).GetText(MimeBundle.PlainText));
    }

    [Fact]
    public void Format_AsMissingMimeType_IsAClearError()
    {
        var e = Assert.Throws<ArgumentException>(() => OutputFormatter.Format(42, "image/png"));

        Assert.Contains("has no image/png representation", e.Message, StringComparison.Ordinal);
    }
}
