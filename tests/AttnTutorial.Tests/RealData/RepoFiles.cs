namespace AttnTutorial.Tests.RealData;

/// <summary>Paths to the shipped data sets and scratch files for bad-input tests.</summary>
internal static class RepoFiles
{
    private static readonly Lazy<string> Root = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (Directory.Exists(Path.Combine(dir.FullName, "data", "nab"))) return dir.FullName;
        }
        throw new DirectoryNotFoundException("No data/nab above the test binaries; run the tests from the repository.");
    });

    public static string Data(params string[] parts) => Path.Combine([Root.Value, "data", .. parts]);

    /// <summary>Writes <paramref name="text"/> to a fresh temp file with the given extension and returns its path.</summary>
    public static string Temp(string text, string extension = ".csv")
    {
        string path = Path.Combine(Path.GetTempPath(), $"attn-realdata-{Guid.NewGuid():N}{extension}");
        File.WriteAllText(path, text);
        return path;
    }
}
