using System.Text.Json;

namespace AttnTutorial.Tests.Notebooks;

/// <summary>
/// Every chapter notebook follows the course's conventions: a parameters cell with <c>bool quick = false;</c>,
/// both kernels' metadata, and the chapter shape (learning goals, Summary, Exercises). Stored outputs and package
/// versions are checked, for chapters and solutions alike, by AttnTutorial.Notebooks.Tests' CourseNotebooksTests.
/// </summary>
public class ChapterConventionsTests
{
    /// <summary>The chapters: notebooks/*.ipynb.</summary>
    public static TheoryData<string> Chapters() => NotebooksIn(SearchOption.TopDirectoryOnly);

    /// <summary>Chapters and worked solutions (notebooks/solutions/*.ipynb): both need the parameters cell.</summary>
    public static TheoryData<string> AllNotebooks() => NotebooksIn(SearchOption.AllDirectories);

    private static TheoryData<string> NotebooksIn(SearchOption depth)
    {
        var data = new TheoryData<string>();
        foreach (string path in Directory.GetFiles(Path.Combine(RepositoryRoot.Path, "notebooks"), "*.ipynb", depth).Order())
            data.Add(Path.GetRelativePath(RepositoryRoot.Path, path));
        return data;
    }

    [Fact]
    public void Chapters_Exist_WithNumberedKebabNames()
    {
        var names = Directory.GetFiles(Path.Combine(RepositoryRoot.Path, "notebooks"), "*.ipynb").Select(Path.GetFileName).ToArray();
        Assert.Contains("01-softmax-weighting.ipynb", names);
        Assert.All(names, n => Assert.Matches(@"^\d\d-[a-z0-9]+(-[a-z0-9]+)*\.ipynb$", n));
    }

    [Theory]
    [MemberData(nameof(AllNotebooks))]
    public void Notebook_HasParametersCellWithQuickFalse(string chapter)
    {
        using var notebook = Read(chapter);
        var parameters = notebook.RootElement.GetProperty("cells").EnumerateArray()
            .Where(c => c.GetProperty("metadata").TryGetProperty("tags", out var tags) && tags.EnumerateArray().Any(t => t.GetString() == "parameters"))
            .ToArray();
        var cell = Assert.Single(parameters);
        Assert.Contains("bool quick = false;", string.Concat(cell.GetProperty("source").EnumerateArray().Select(s => s.GetString())));
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

        using var notebook = Read(chapter);
        var root = notebook.RootElement;
        Assert.Equal(4, root.GetProperty("nbformat").GetInt32());
        Assert.Equal(5, root.GetProperty("nbformat_minor").GetInt32());
        var metadata = root.GetProperty("metadata");
        Assert.Equal("attntutorial-csharp", metadata.GetProperty("kernelspec").GetProperty("name").GetString());
        Assert.Equal("csharp", metadata.GetProperty("polyglot_notebook").GetProperty("kernelInfo").GetProperty("defaultKernelName").GetString());
        Assert.All(root.GetProperty("cells").EnumerateArray(), c => Assert.False(string.IsNullOrEmpty(c.GetProperty("id").GetString())));
    }

    private static JsonDocument Read(string chapter) => JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryRoot.Path, chapter)));

    private static string Source(string chapter)
    {
        using var notebook = Read(chapter);
        return string.Join("\n", notebook.RootElement.GetProperty("cells").EnumerateArray()
            .Select(c => string.Concat(c.GetProperty("source").EnumerateArray().Select(s => s.GetString()))));
    }
}
