using AttnTutorial.Kernel.Language;

namespace AttnTutorial.Kernel.Tests.Language;

[Collection(SessionGroup.Name)]
public class InspectionProviderTests(SessionFixture fixture)
{
    private string? Inspect(string code, int? position = null) =>
        new InspectionProvider(() => fixture.Session).Inspect(code, position ?? code.Length);

    [Fact]
    public void Inspect_FrameworkMethod_ShowsSignatureAndSummary()
    {
        string? text = Inspect("Math.Sqrt");

        Assert.NotNull(text);
        Assert.StartsWith("(method) double Math.Sqrt(double d)", text, StringComparison.Ordinal);
        Assert.Contains("square root", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Inspect_VariableOfEarlierCell_ShowsItsType()
    {
        Assert.Equal("(variable) int answer", Inspect("answer + 1", 3));
    }

    [Fact]
    public void Inspect_MethodDeclaredInACell_ShowsItsDocComment()
    {
        string? text = Inspect("Twice");

        Assert.NotNull(text);
        Assert.Contains("double Twice(double value)", text, StringComparison.Ordinal);
        Assert.Contains("Scales a value by two.", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Math.Sqrt()", 10, "double Math.Sqrt(double d)")]
    [InlineData("var r = Math.Sqrt(2, );", 21, "double Math.Sqrt(double d)")]
    [InlineData("Math.Max(1, Math.Abs(-3))", 23, "Math.Abs(")]
    [InlineData("Math.Max(1, Math.Abs(-3))", 11, "Math.Max(")]
    [InlineData("Twice(", 6, "double Twice(double value)")]
    [InlineData("new List<int>()", 14, "List<int>")]
    public void Inspect_InsideACallsParentheses_ShowsTheCalledMethod(string code, int cursor, string expected)
    {
        string? text = Inspect(code, cursor);

        Assert.NotNull(text);
        Assert.Contains(expected, text, StringComparison.Ordinal);
    }

    [Fact]
    public void Inspect_AfterTheClosingParenthesis_ReturnsNull()
    {
        Assert.Null(Inspect("Math.Sqrt(2) + 1", 14));
    }

    [Fact]
    public void Inspect_NoSymbol_ReturnsNull()
    {
        Assert.Null(Inspect("1 + 1"));
    }
}
