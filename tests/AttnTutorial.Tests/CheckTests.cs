using TorchSharp;

namespace AttnTutorial.Tests;

[Collection(ConsoleSwappingTests.Name)]
public class CheckTests
{
    [Fact]
    public void Shape_Mismatch_ThrowsWithBothShapes()
    {
        using var t = torch.zeros(2, 3);
        var error = Assert.Throws<CheckFailedException>(() => Check.Shape(t, 2, 4));
        Assert.Contains("expected shape (2, 4), got (2, 3)", error.Message);
    }

    [Fact]
    public void Passing_Checks_PrintOneTickLineEach()
    {
        var output = new StringWriter();
        var previous = Console.Out;
        Console.SetOut(output);
        try
        {
            using var t = torch.zeros(2, 3);
            Check.Shape(t, 2, 3);
            Check.Close(0.1 + 0.2, 0.3, 1e-9, "sum");
            Check.Between(0.5, 0, 1, "ratio");
            Check.That(true, "it holds");
        }
        finally
        {
            Console.SetOut(previous);
        }
        var lines = output.ToString().Trim().Split('\n');
        Assert.Equal(4, lines.Length);
        Assert.All(lines, l => Assert.StartsWith("✓", l));
    }

    [Fact]
    public void Close_NaN_Fails()
    {
        Assert.Throws<CheckFailedException>(() => Check.Close(double.NaN, 0, 1, "nan"));
        Assert.Throws<CheckFailedException>(() => Check.Between(2, 0, 1, "out of range"));
        Assert.Throws<CheckFailedException>(() => Check.That(false, "false"));
    }
}
