using AttnTutorial.Kernel.Language;

namespace AttnTutorial.Kernel.Tests.Language;

public class CellTextTests
{
    [Fact]
    public void CodePoints_SurrogatePairCountsOnce()
    {
        const string text = "a\U0001F600b";

        Assert.Equal(4, text.Length);
        Assert.Equal(3, CellText.ToCodePoints(text, text.Length));
        Assert.Equal(3, CellText.ToUtf16(text, 2));
        Assert.Equal(text.Length, CellText.ToUtf16(text, 99));
    }

    [Fact]
    public void MaskDirectives_BlanksDirectiveLinesAndKeepsOffsets()
    {
        const string code = "#r \"nuget: Plotly.NET, 6.0.0\"\r\n#!time\n#region setup\nvar x = 1;\n#endregion";

        string masked = CellText.MaskDirectives(code);

        Assert.Equal(code.Length, masked.Length);
        Assert.Equal(code.IndexOf("#region", StringComparison.Ordinal), masked.IndexOf("#region", StringComparison.Ordinal));
        Assert.DoesNotContain("nuget", masked, StringComparison.Ordinal);
        Assert.DoesNotContain("#!time", masked, StringComparison.Ordinal);
        Assert.DoesNotContain('\r', masked);
        Assert.Equal(code.IndexOf("var x", StringComparison.Ordinal), masked.IndexOf("var x", StringComparison.Ordinal));
    }
}
