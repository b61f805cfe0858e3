using AttnTutorial.Notebooks.Running;

namespace AttnTutorial.Course.Tests;

/// <summary>Every chapter and worked solution runs clean with quick=true (less data, fewer epochs), as the README promises.</summary>
public class QuickRunTests
{
    public static TheoryData<string> AllNotebooks() => CourseNotebooks.Theory(CourseNotebooks.All);

    [Theory]
    [MemberData(nameof(AllNotebooks))]
    public async Task Notebook_RunsWithQuickTrue_WithoutACellError(string notebook)
    {
        var runner = new NotebookRunner(new RunOptions { Parameters = new Dictionary<string, string> { ["quick"] = "true" } });

        var result = await runner.RunFileAsync(RepoPaths.File(notebook));

        Assert.True(result.Succeeded, result.FirstError ?? "the run was stopped");
        Assert.Equal(result.CodeCells, result.CellsRun);
    }
}
