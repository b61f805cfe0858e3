namespace AttnTutorial.TestSupport;

/// <summary>Folders of the repository the tests were built from, found by walking up from the test output to AttnTutorial.sln.</summary>
internal static class RepoPaths
{
    private static readonly Lazy<string?> Found = new(() =>
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (System.IO.File.Exists(Path.Combine(folder.FullName, "AttnTutorial.sln"))) return folder.FullName;
        }
        return null;
    });

    /// <summary>True when the tests run from a checkout of the repository (they always should).</summary>
    public static bool InCheckout => Found.Value is not null;

    public static string Root => Found.Value ?? throw new InvalidOperationException($"no AttnTutorial.sln above {AppContext.BaseDirectory}");

    /// <summary>notebooks/: the course's chapters.</summary>
    public static string CourseNotebooks => Path.Combine(Root, "notebooks");

    /// <summary>tests/Shared/Notebooks: two small notebooks (TorchSharp and Plotly from the host) that the engine and CLI tests run.</summary>
    public static string TestNotebooks => Path.Combine(Root, "tests", "Shared", "Notebooks");

    /// <summary>A path under the repository root, e.g. File(".devcontainer", "devcontainer.json").</summary>
    public static string File(params string[] parts) => Path.Combine([Root, .. parts]);
}
