using System.Text.Json;
using System.Xml.Linq;
using AttnTutorial.Notebooks.Directives;
using AttnTutorial.Notebooks.Ipynb;

namespace AttnTutorial.Course.Tests;

/// <summary>
/// Every chapter (notebooks/) and worked solution (notebooks/solutions/) follows the course's conventions: numbered
/// kebab-case names, a parameters cell with <c>bool quick = false;</c>, no stored outputs, <c>#r "nuget: ..."</c> lines
/// with the versions pinned in Directory.Packages.props; chapters also have the chapter shape (learning goals,
/// Summary, Exercises) and both kernels' metadata. <see cref="QuickRunTests"/> runs them.
/// </summary>
public class ConventionsTests
{
    public static TheoryData<string> Chapters() => CourseNotebooks.Theory(CourseNotebooks.Chapters);

    public static TheoryData<string> AllNotebooks() => CourseNotebooks.Theory(CourseNotebooks.All);

    [Fact]
    public void Notebooks_Exist_WithNumberedKebabNames()
    {
        Assert.Contains(Path.Combine("notebooks", "01-softmax-weighting.ipynb"), CourseNotebooks.Chapters);
        Assert.NotEmpty(CourseNotebooks.Solutions);
        Assert.All(CourseNotebooks.All, p => Assert.Matches(@"^\d\d-[a-z0-9]+(-[a-z0-9]+)*\.ipynb$", Path.GetFileName(p)));
    }

    [Theory]
    [MemberData(nameof(AllNotebooks))]
    public void Notebook_HasParametersCellWithQuickFalse(string notebook)
    {
        using var json = Read(notebook);
        var parameters = json.RootElement.GetProperty("cells").EnumerateArray()
            .Where(c => c.GetProperty("metadata").TryGetProperty("tags", out var tags) && tags.EnumerateArray().Any(t => t.GetString() == "parameters"))
            .ToArray();
        var cell = Assert.Single(parameters);
        Assert.Contains("bool quick = false;", string.Concat(cell.GetProperty("source").EnumerateArray().Select(s => s.GetString())));
    }

    [Theory]
    [MemberData(nameof(AllNotebooks))]
    public void Notebook_CarriesNoOutputs(string notebook)
    {
        Assert.False(IpynbReader.ReadFile(RepoPaths.File(notebook)).IsExecuted, $"{notebook} carries outputs; clear them before committing");
    }

    [Theory]
    [MemberData(nameof(AllNotebooks))]
    public void Notebook_NuGetReferences_UseThePinnedVersions(string notebook)
    {
        var pinned = XDocument.Load(RepoPaths.File("Directory.Packages.props"))
            .Descendants("PackageVersion")
            .ToDictionary(e => (string)e.Attribute("Include")!, e => (string)e.Attribute("Version")!, StringComparer.OrdinalIgnoreCase);
        var cells = IpynbReader.ReadFile(RepoPaths.File(notebook)).Cells;

        var mismatches = new List<string>();
        foreach (var (cell, index) in cells.Select((c, i) => (c, i)).Where(p => p.c.Type == CellType.Code))
        {
            foreach (var package in DirectiveParser.Parse(cell.Source).Directives.OfType<NuGetReferenceDirective>())
            {
                if (!pinned.TryGetValue(package.PackageId, out string? version))
                    mismatches.Add($"cell {index + 1}, line {package.Line}: {package.PackageId} is not pinned in Directory.Packages.props");
                else if (package.Version != version)
                    mismatches.Add($"cell {index + 1}, line {package.Line}: {package.PackageId} {package.Version ?? "(no version)"}, pinned {version}");
            }
        }

        Assert.True(mismatches.Count == 0, $"{notebook}: " + string.Join("; ", mismatches));
    }

    [Theory]
    [MemberData(nameof(AllNotebooks))]
    public void Notebook_Markdown_HasNoControlCharacters(string notebook)
    {
        // LaTeX typed into the JSON with one backslash becomes a JSON escape: "\tanh" turns into a tab and "anh",
        // "\frac" into a form feed, "\beta" into a backspace, "\rho" into a carriage return, and the book shows
        // the remains. Chapter 03 shipped "$<tab>anh$" that way.
        var cells = IpynbReader.ReadFile(RepoPaths.File(notebook)).Cells;
        var found = new List<string>();
        foreach (var (cell, index) in cells.Select((c, i) => (c, i)).Where(p => p.c.Type == CellType.Markdown))
        {
            var lines = cell.Source.Split('\n');
            for (int line = 0; line < lines.Length; line++)
            {
                int at = lines[line].IndexOfAny(ControlCharacters);
                if (at >= 0)
                    found.Add($"cell {index + 1}, line {line + 1}: U+{(int)lines[line][at]:X4} before \"{lines[line][(at + 1)..Math.Min(lines[line].Length, at + 12)]}\"");
            }
        }

        Assert.True(found.Count == 0, $"{notebook}: control characters in markdown (a LaTeX command written with one backslash in the JSON?): " + string.Join("; ", found));
    }

    [Theory]
    [MemberData(nameof(Chapters))]
    public void Chapter_HasCourseShapeAndBothKernelsMetadata(string chapter)
    {
        string source = Source(chapter);
        Assert.Contains("In this chapter you will learn", source);
        Assert.Contains("## Summary", source);
        Assert.Contains("## Exercises", source);
        Assert.Contains("#r \"../src/AttnTutorial/bin/Release/net10.0/AttnTutorial.dll\"", source);

        using var json = Read(chapter);
        var root = json.RootElement;
        Assert.Equal(4, root.GetProperty("nbformat").GetInt32());
        Assert.Equal(5, root.GetProperty("nbformat_minor").GetInt32());
        var metadata = root.GetProperty("metadata");
        Assert.Equal("attntutorial-csharp", metadata.GetProperty("kernelspec").GetProperty("name").GetString());
        Assert.Equal("csharp", metadata.GetProperty("polyglot_notebook").GetProperty("kernelInfo").GetProperty("defaultKernelName").GetString());
        Assert.All(root.GetProperty("cells").EnumerateArray(), c => Assert.False(string.IsNullOrEmpty(c.GetProperty("id").GetString())));
    }

    // U+0000–U+001F except the line feed that ends each line.
    private static readonly char[] ControlCharacters = [.. Enumerable.Range(0, 32).Where(c => c != '\n').Select(c => (char)c)];

    private static JsonDocument Read(string notebook) => JsonDocument.Parse(File.ReadAllText(RepoPaths.File(notebook)));

    private static string Source(string notebook)
    {
        using var json = Read(notebook);
        return string.Join("\n", json.RootElement.GetProperty("cells").EnumerateArray()
            .Select(c => string.Concat(c.GetProperty("source").EnumerateArray().Select(s => s.GetString()))));
    }
}
