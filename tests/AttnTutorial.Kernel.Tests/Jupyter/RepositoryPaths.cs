namespace AttnTutorial.Kernel.Tests.Jupyter;

/// <summary>Files of the repository the tests were built from, found by walking up from the test output to AttnTutorial.sln.</summary>
internal static class RepositoryPaths
{
    private static readonly Lazy<string?> Root = new(() =>
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "AttnTutorial.sln"))) return folder.FullName;
        }
        return null;
    });

    /// <summary>The path of notebooks/<paramref name="fileName"/>, or null outside a repository checkout.</summary>
    public static string? Notebook(string fileName) => Root.Value is { } root ? Path.Combine(root, "notebooks", fileName) : null;
}
