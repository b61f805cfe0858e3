namespace AttnTutorial.Course.Tests.Clients;

/// <summary>
/// Every chapter, unchanged but for quick = true, runs under .NET Interactive (dotnet-repl) without an error cell,
/// and its charts come as offline HTML: plotly.js once, from the library, and nothing from a CDN.
/// </summary>
[Collection(DotnetInteractiveGroup.Name)]
public class DotNetInteractiveTests
{
    public static TheoryData<string> Chapters() => CourseNotebooks.Theory(CourseNotebooks.Chapters);

    [DotnetReplTheory]
    [MemberData(nameof(Chapters))]
    public void Chapter_QuickUnderDotnetRepl_NoErrorCellAndOfflineCharts(string notebook)
    {
        Assert.True(DotnetRepl.Executable is not null, DotnetRepl.InstallHint);

        var executed = DotnetRepl.RunQuick(notebook, AppContext.BaseDirectory, TimeSpan.FromMinutes(15));

        ExecutedNotebook.AssertNoErrorsAndOfflineCharts(executed, notebook, "dotnet-repl");
    }
}
