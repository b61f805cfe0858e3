namespace AttnTutorial.RealData;

/// <summary>
/// Finds the course's <c>data/</c> folder (the one holding <c>nab/</c> and <c>smd-machine-2-1/</c>) from wherever the
/// code runs: Jupyter starts a notebook in its own folder, the course's command line in the repository root, the
/// tests somewhere below <c>tests/</c>.
/// </summary>
public static class CourseDataFolder
{
    /// <summary>
    /// The nearest <c>data/</c> folder in the current directory or one of its parents, else in the folder of this
    /// library or one of its parents (a build output inside the repository); null when there is none.
    /// </summary>
    public static string? Find() =>
        Find(Environment.CurrentDirectory) ?? Find(Path.GetDirectoryName(typeof(CourseDataFolder).Assembly.Location) ?? "");

    /// <summary>The nearest <c>data/</c> folder in <paramref name="start"/> or one of its parents; null when there is none.</summary>
    public static string? Find(string start)
    {
        ArgumentNullException.ThrowIfNull(start);
        for (var dir = start.Length == 0 ? null : new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            string data = Path.Combine(dir.FullName, "data");
            if (Directory.Exists(Path.Combine(data, "nab")) && Directory.Exists(Path.Combine(data, "smd-machine-2-1"))) return data;
        }
        return null;
    }
}
