using AttnTutorial.Evaluation;

namespace AttnTutorial.Tests.Evaluation;

public class AttentionLocalisationTests
{
    private static bool[] Mask(string pattern) => pattern.Select(c => c == '1').ToArray();

    [Fact]
    public void AboveUniform_FlagsWeightsAtLeastFactorOverT()
    {
        // T = 5, uniform 0.2: factor 1.5 needs 0.3.
        float[] weights = [0.05f, 0.3f, 0.4f, 0.2f, 0.05f];
        Assert.Equal(Mask("01100"), AttentionLocalisation.AboveUniform(weights, 1.5));
    }

    [Fact]
    public void TopK_FlagsTheKLargest_EarlierFirstOnTies()
    {
        float[] weights = [0.1f, 0.3f, 0.1f, 0.3f, 0.2f];
        Assert.Equal(Mask("01010"), AttentionLocalisation.TopK(weights, 2));
        Assert.Equal(Mask("11011"), AttentionLocalisation.TopK(weights, 4));
    }

    [Fact]
    public void LongestSpan_ReturnsTheLongestRunOrNull()
    {
        Assert.Equal((4, 7), AttentionLocalisation.LongestSpan(Mask("110011100")));
        Assert.Null(AttentionLocalisation.LongestSpan(Mask("000")));
    }

    [Fact]
    public void IntersectionOverUnion_HandComputed()
    {
        // Predicted 2..5, truth 4..7: intersection 2 (4, 5), union 6 (2..7).
        Assert.Equal(2.0 / 6, AttentionLocalisation.IntersectionOverUnion(Mask("0011110000"), Mask("0000111100"))!.Value, 12);
        Assert.Equal(0.0, AttentionLocalisation.IntersectionOverUnion(Mask("1100"), Mask("0011")));
        Assert.Null(AttentionLocalisation.IntersectionOverUnion(Mask("0000"), Mask("0000")));
    }
}
