namespace AttnTutorial.Notebooks.Tests.Support;

/// <summary>Folders of the repository the tests read from; found by walking up to AttnTutorial.sln.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string TestNotebooks => Path.Combine(Root, "tests", "AttnTutorial.Notebooks.Tests", "Notebooks");

    public static string TestData => Path.Combine(Root, "tests", "AttnTutorial.Notebooks.Tests", "TestData");

    public static string CourseNotebooks => Path.Combine(Root, "notebooks");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "AttnTutorial.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException($"no AttnTutorial.sln above {AppContext.BaseDirectory}");
    }
}
