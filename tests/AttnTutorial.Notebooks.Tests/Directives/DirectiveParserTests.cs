using AttnTutorial.Notebooks.Directives;

namespace AttnTutorial.Notebooks.Tests.Directives;

public class DirectiveParserTests
{
    [Fact]
    public void Parse_AllDirectiveKinds_ReturnsThemAndBlanksTheirLines()
    {
        const string code = "#!csharp\n#!time\n#r \"nuget: TorchSharp-cpu, 0.107.0\"\n#r \"nuget:Plotly.NET\"\n#r \"../lib/My.dll\"\n#i \"nuget: /tmp/feed\"\nvar x = 1;";

        var parsed = DirectiveParser.Parse(code);

        Assert.Equal("\n\n\n\n\n\nvar x = 1;", parsed.Code);
        Assert.True(parsed.Timed);
        Assert.Equal(
            new Directive[]
            {
                new TimeDirective(2),
                new NuGetReferenceDirective(3, "TorchSharp-cpu", "0.107.0"),
                new NuGetReferenceDirective(4, "Plotly.NET", null),
                new AssemblyReferenceDirective(5, "../lib/My.dll"),
                new PackageSourceDirective(6, "/tmp/feed"),
            },
            parsed.Directives);
    }

    [Fact]
    public void Parse_OrdinaryPreprocessorLines_AreLeftToTheCompiler()
    {
        const string code = "#region setup\n#if DEBUG\nvar x = 1;\n#endif\n#endregion";

        var parsed = DirectiveParser.Parse(code);

        Assert.Equal(code, parsed.Code);
        Assert.Empty(parsed.Directives);
    }

    [Theory]
    [InlineData("#!fsharp", "F# (#!fsharp)")]
    [InlineData("#!pwsh", "PowerShell (#!pwsh)")]
    [InlineData("#!javascript", "JavaScript (#!javascript)")]
    public void Parse_OtherLanguage_IsAnErrorNamingIt(string line, string named)
    {
        var e = Assert.Throws<DirectiveException>(() => DirectiveParser.Parse("// setup\n" + line + "\nlet x = 1"));

        Assert.Equal(2, e.Line);
        Assert.Contains(named, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UnknownMagic_IsAnErrorNamingIt()
    {
        var e = Assert.Throws<DirectiveException>(() => DirectiveParser.Parse("#!whos"));

        Assert.Contains("'#!whos'", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("#r nuget: X")]
    [InlineData("#r \"nuget: A B, 1.0\"")]
    [InlineData("#r \"nuget: X, 1.0, extra\"")]
    [InlineData("#i \"https://example.invalid/feed\"")]
    public void Parse_MalformedReference_IsAnError(string line)
    {
        var e = Assert.Throws<DirectiveException>(() => DirectiveParser.Parse(line));

        Assert.Equal(1, e.Line);
    }

    [Theory]
    [InlineData("fsharp", true)]
    [InlineData("F#", true)]
    [InlineData("python", true)]
    [InlineData("C#", false)]
    [InlineData("csharp", false)]
    [InlineData("polyglot-notebook", false)]
    public void IsOtherLanguage_NotebookLanguageNames(string language, bool other)
    {
        Assert.Equal(other, KernelNames.IsOtherLanguage(language));
    }
}
