namespace AttnTutorial.Course.Tests;

/// <summary>The course's notebooks as test data: paths relative to the repository root, in name order.</summary>
internal static class CourseNotebooks
{
    /// <summary>The chapters: notebooks/*.ipynb.</summary>
    public static IReadOnlyList<string> Chapters { get; } = In(RepoPaths.CourseNotebooks);

    /// <summary>The worked solutions: notebooks/solutions/*.ipynb.</summary>
    public static IReadOnlyList<string> Solutions { get; } = In(Path.Combine(RepoPaths.CourseNotebooks, "solutions"));

    public static IReadOnlyList<string> All { get; } = [.. Chapters, .. Solutions];

    public static TheoryData<string> Theory(IReadOnlyList<string> paths) => new(paths);

    private static List<string> In(string folder) =>
        Directory.Exists(folder)
            ? Directory.GetFiles(folder, "*.ipynb").Order(StringComparer.Ordinal).Select(p => Path.GetRelativePath(RepoPaths.Root, p)).ToList()
            : [];
}
