namespace AttnTutorial.Tests;

/// <summary>The repository root, found by walking up from the test binaries to AttnTutorial.sln.</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "AttnTutorial.sln"))) return directory.FullName;
        }
        throw new InvalidOperationException($"No AttnTutorial.sln above {AppContext.BaseDirectory}.");
    }
}
