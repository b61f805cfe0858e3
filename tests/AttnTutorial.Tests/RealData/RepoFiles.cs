using AttnTutorial.RealData;

namespace AttnTutorial.Tests.RealData;

/// <summary>Paths to the shipped data sets and scratch files for bad-input tests.</summary>
internal static class RepoFiles
{
    private static readonly Lazy<string> DataFolder = new(() =>
        CourseDataFolder.Find(AppContext.BaseDirectory)
        ?? throw new DirectoryNotFoundException("No data/ folder with nab/ and smd-machine-2-1/ above the test binaries; run the tests from the repository."));

    public static string Data(params string[] parts) => Path.Combine([DataFolder.Value, .. parts]);

    /// <summary>Writes <paramref name="text"/> to a fresh temp file with the given extension and returns its path.</summary>
    public static string Temp(string text, string extension = ".csv")
    {
        string path = Path.Combine(Path.GetTempPath(), $"attn-realdata-{Guid.NewGuid():N}{extension}");
        File.WriteAllText(path, text);
        return path;
    }
}
