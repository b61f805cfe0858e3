using AttnTutorial.Kernel.Language;

namespace AttnTutorial.Kernel.Tests.Language;

[Collection(SessionGroup.Name)]
public class CompletionProviderTests(SessionFixture fixture)
{
    private Completions Complete(string code) => new CompletionProvider(() => fixture.Session).Complete(code, code.Length);

    private static IEnumerable<string> Texts(Completions found) => found.Items.Select(i => i.Text);

    [Fact]
    public void Complete_Prefix_FindsVariablesOfEarlierCellsAndKeywords()
    {
        var found = Complete("var y = answ");

        Assert.Contains("answer", Texts(found));
        Assert.Equal((8, 12), (found.Start, found.End));
        Assert.Equal("variable", found.Items.First(i => i.Text == "answer").Type);
        Assert.Contains("foreach", Texts(Complete("fore")));
    }

    [Fact]
    public void Complete_AfterDot_ListsInstanceMembersAndExtensions()
    {
        var texts = Texts(Complete("numbers.")).ToList();

        Assert.Contains("Count", texts);
        Assert.Contains("Add", texts);
        Assert.Contains("Select", texts);
        Assert.DoesNotContain("answer", texts);
    }

    [Fact]
    public void Complete_AfterTypeName_ListsStaticMembers()
    {
        var texts = Texts(Complete("Math.")).ToList();

        Assert.Contains("Sqrt", texts);
        Assert.Contains("PI", texts);
    }

    [Fact]
    public void Complete_AfterNamespace_ListsItsTypesAndNamespaces()
    {
        var texts = Texts(Complete("System.Collections.")).ToList();

        Assert.Contains("Generic", texts);
        Assert.Contains("ArrayList", texts);
    }

    [Fact]
    public void Complete_GlobalsAndDirectiveLines_Work()
    {
        Assert.Contains("display", Texts(Complete("#r \"nuget: MathNet.Numerics, 5.0.0\"\ndisp")));
        Assert.Contains("CellCancellationToken", Texts(Complete("CellCanc")));
    }

    [Fact]
    public void Complete_NoCompilerMadeNames()
    {
        Assert.DoesNotContain(Texts(Complete("")), t => t.Contains('#', StringComparison.Ordinal) || t.Contains('<', StringComparison.Ordinal));
    }
}
