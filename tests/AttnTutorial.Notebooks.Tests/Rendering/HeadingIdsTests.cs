using AttnTutorial.Notebooks.Rendering;

namespace AttnTutorial.Notebooks.Tests.Rendering;

public class HeadingIdsTests
{
    [Theory]
    [InlineData("How quick works", "how-quick-works")]
    [InlineData("\"AUC > 0.9 is excellent\" — measured", "auc--09-is-excellent--measured")]
    [InlineData("Several channels: when and where", "several-channels-when-and-where")]
    [InlineData("The seed's table", "the-seeds-table")]
    public void Slug_KeepsLettersDigitsAndDashes(string heading, string slug) => Assert.Equal(slug, HeadingIds.Slug(heading));

    [Fact]
    public void Next_RepeatedOrEmptyHeadings_GetNumberedIds()
    {
        var ids = new HeadingIds();

        Assert.Equal(["summary", "summary-1", "summary-2", "section", "section-1"], new[] { "Summary", "Summary", "Summary", "!!", "" }.Select(ids.Next));
    }

    [Fact]
    public void Next_HeadingThatLooksLikeANumberedOne_DoesNotCollide()
    {
        var ids = new HeadingIds();

        Assert.Equal(["a-1", "a", "a-2"], new[] { "a-1", "a", "a" }.Select(ids.Next));
    }
}
