using AttnTutorial.RealData;

namespace AttnTutorial.Tests.RealData;

public class CourseDataFolderTests
{
    [Fact]
    public void Find_FromANestedFolder_GivesTheNearestCompleteDataFolder()
    {
        string root = Path.Combine(Path.GetTempPath(), $"attn-datafolder-{Guid.NewGuid():N}");
        try
        {
            Directory.CreateDirectory(Path.Combine(root, "data", "nab"));
            Directory.CreateDirectory(Path.Combine(root, "data", "smd-machine-2-1"));
            // A data/ folder without both data sets on the way up is passed over.
            Directory.CreateDirectory(Path.Combine(root, "notebooks", "data", "nab"));
            string start = Directory.CreateDirectory(Path.Combine(root, "notebooks", "solutions")).FullName;

            Assert.Equal(Path.Combine(root, "data"), CourseDataFolder.Find(start));
            Assert.Null(CourseDataFolder.Find(Path.GetPathRoot(root)!));
            Assert.Null(CourseDataFolder.Find(""));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void Find_FromTheTestBinaries_GivesTheRepositoryDataFolder()
    {
        string? found = CourseDataFolder.Find();

        Assert.NotNull(found);
        Assert.True(File.Exists(Path.Combine(found, "nab", "nyc_taxi.csv")));
    }
}
