using System.Globalization;
using TorchSharp;

namespace AttnTutorial;

/// <summary>
/// The checks chapter cells end with: each prints one "✓ ..." line when it holds and throws
/// <see cref="CheckFailedException"/> naming what was expected and what was found when it does not,
/// so a wrong shape or value stops the notebook at the cell that produced it.
/// Introduced in chapter 00.
/// </summary>
public static class Check
{
    /// <summary>Checks a condition described by <paramref name="what"/>.</summary>
    public static void That(bool condition, string what)
    {
        if (!condition) throw new CheckFailedException($"Check failed: {what}");
        Console.WriteLine($"✓ {what}");
    }

    /// <summary>Checks a tensor's shape, e.g. <c>Check.Shape(states, 32, 500, 64)</c>.</summary>
    public static void Shape(torch.Tensor tensor, params long[] expected)
    {
        string actual = Describe(tensor.shape);
        if (!tensor.shape.SequenceEqual(expected))
            throw new CheckFailedException($"Check failed: expected shape {Describe(expected)}, got {actual}");
        Console.WriteLine($"✓ shape {actual}");
    }

    /// <summary>Checks |actual − expected| ≤ tolerance.</summary>
    public static void Close(double actual, double expected, double tolerance, string what)
    {
        if (!(Math.Abs(actual - expected) <= tolerance))
            throw new CheckFailedException(string.Create(CultureInfo.InvariantCulture, $"Check failed: {what}: expected {expected} ± {tolerance}, got {actual}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"✓ {what}: {actual:G6} (expected {expected:G6} ± {tolerance:G2})"));
    }

    /// <summary>Checks lower ≤ actual ≤ upper.</summary>
    public static void Between(double actual, double lower, double upper, string what)
    {
        if (!(actual >= lower && actual <= upper))
            throw new CheckFailedException(string.Create(CultureInfo.InvariantCulture, $"Check failed: {what}: expected between {lower} and {upper}, got {actual}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"✓ {what}: {actual:G6} (in [{lower:G6}, {upper:G6}])"));
    }

    private static string Describe(IEnumerable<long> shape) => "(" + string.Join(", ", shape) + ")";
}

/// <summary>A chapter check did not hold.</summary>
public sealed class CheckFailedException(string message) : Exception(message);
