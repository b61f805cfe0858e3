using AttnTutorial.Kernel.Language;

namespace AttnTutorial.Kernel.Tests.Language;

public class CompletenessCheckerTests
{
    [Theory]
    [InlineData("var x = 1;", "complete")]
    [InlineData("1 + 1", "complete")]
    [InlineData("#r \"nuget: MathNet.Numerics, 5.0.0\"\nvar x = 1;", "complete")]
    [InlineData("if (x > 1) {", "incomplete")]
    [InlineData("var s = \"\"\"\nraw", "incomplete")]
    [InlineData("var = ;", "invalid")]
    public void Check_ClassifiesSubmissions(string code, string status)
    {
        Assert.Equal(status, CompletenessChecker.Check(code).Status);
    }

    [Fact]
    public void Check_Incomplete_IndentsPerOpenBrace()
    {
        Assert.Equal("        ", CompletenessChecker.Check("for (;;) {\n  if (true) {").Indent);
    }
}
