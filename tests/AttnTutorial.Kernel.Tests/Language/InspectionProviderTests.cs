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

    [Fact]
    public void Inspect_NoSymbol_ReturnsNull()
    {
        Assert.Null(Inspect("1 + 1"));
    }
}
