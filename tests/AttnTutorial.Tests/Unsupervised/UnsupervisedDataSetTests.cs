using System.IO.Compression;
using AttnTutorial.RealData;
using AttnTutorial.Tests.RealData;
using AttnTutorial.Unsupervised;

namespace AttnTutorial.Tests.Unsupervised;

public class UnsupervisedDataSetTests
{
    private static string DataDir => Path.GetDirectoryName(RepoFiles.Data("nab"))!;

    [Fact]
    public void All_ReadsTheFourShippedDataSets_WithTheirSplits()
    {
        var sets = UnsupervisedDataSet.All(DataDir);
        Assert.Equal(["SMD machine-2-1", "ASD omi-1", "NAB nyc_taxi", "NAB machine_temperature"], sets.Select(s => s.Name));

        var (smd, asd, taxi, machine) = (sets[0], sets[1], sets[2], sets[3]);
        Assert.Equal((23_693, 23_694, 38), (smd.Train.Length, smd.Test.Length, smd.Train.ChannelCount));
        Assert.Equal((1_170, 0), (smd.Test.LabelledCount, smd.Train.LabelledCount));
        Assert.Equal((8_640, 4_320, 19, 441), (asd.Train.Length, asd.Test.Length, asd.Test.ChannelCount, asd.Test.LabelledCount));
        Assert.False(smd.EventLabels || asd.EventLabels);

        // nyc_taxi: training up to 28 October 2014 (no labelled step), all five windows in the test part.
        Assert.Equal(5_712, taxi.Train.Length);
        Assert.Equal(0, taxi.Train.LabelledCount);
        Assert.Equal(5, taxi.Test.LabelledRuns.Count);
        Assert.True(taxi.EventLabels);
        // machine_temperature: two labelled windows inside the training part (contaminated), two in the test part.
        Assert.Equal(2, machine.Train.LabelledRuns.Count);
        Assert.Equal(2, machine.Test.LabelledRuns.Count);
        Assert.Contains("contaminated", machine.Contamination);
        Assert.Equal(22_695, machine.Train.Length + machine.Test.Length);

        Assert.All(sets, s => Assert.False(MissingValues.Detect(s.Train).Any || MissingValues.Detect(s.Test).Any));
        Assert.Equal(64, smd.VusMaxBuffer);
        Assert.Equal(new WindowOptions { Length = 48, Stride = 1 }, taxi.Windows);
    }

    [Fact]
    public void WithTrainingSteps_KeepsTheLastStepsOfTraining_AndTheWholeTest()
    {
        var taxi = UnsupervisedDataSet.NycTaxi(DataDir);
        var quick = taxi.WithTrainingSteps(2_000);
        Assert.Equal(2_000, quick.Train.Length);
        Assert.Equal(taxi.Train.Timestamps![^1], quick.Train.Timestamps![^1]);
        Assert.Same(taxi.Test, quick.Test);
        Assert.Equal("trainSteps", Assert.Throws<InvalidOptionException>(() => taxi.WithTrainingSteps(10)).Option);
    }

    [Fact]
    public void Quick_ShortParts_TestKeepsItsFirstLabelledRun()
    {
        var machine = UnsupervisedDataSet.MachineTemperature(DataDir);
        var quick = machine.Quick();
        Assert.Equal((3_000, 4_000), (quick.Train.Length, quick.Test.Length));
        var first = machine.Test.LabelledRuns[0];
        Assert.Equal(machine.Test.Timestamps![first.Start], quick.Test.Timestamps![1_000]);
        Assert.True(quick.Test.Labels[1_000] && !quick.Test.Labels[999], "the first labelled run starts 1,000 steps in");
        Assert.Equal("NAB machine_temperature (quick)", quick.Name);
    }

    [Fact]
    public void AsdOmi1_BadCellInTheTrainingFile_NamesTheFileAndLine()
    {
        string dir = Path.Combine(Path.GetTempPath(), $"attn-unsupervised-{Guid.NewGuid():N}");
        string asd = Path.Combine(dir, "asd-omi-1");
        Directory.CreateDirectory(asd);
        try
        {
            foreach (var file in Directory.GetFiles(RepoFiles.Data("asd-omi-1"))) File.Copy(file, Path.Combine(asd, Path.GetFileName(file)));
            // Line 3 of the training file gets a cell that is no number.
            var lines = ReadGzipLines(Path.Combine(asd, "train.csv.gz"));
            lines[2] = "0.5,oops," + string.Join(",", lines[2].Split(',').Skip(2));
            using (var gzip = new GZipStream(File.Create(Path.Combine(asd, "train.csv.gz")), CompressionLevel.Fastest))
            using (var writer = new StreamWriter(gzip)) writer.Write(string.Join("\n", lines) + "\n");

            var error = Assert.Throws<DataFormatException>(() => UnsupervisedDataSet.AsdOmi1(dir));
            Assert.EndsWith("train.csv.gz", error.File);
            Assert.Equal(3, error.Line);
            Assert.Equal(2, error.Column);
            Assert.Contains("oops", error.Message);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static List<string> ReadGzipLines(string path)
    {
        using var reader = new StreamReader(new GZipStream(File.OpenRead(path), CompressionMode.Decompress));
        var lines = new List<string>();
        while (reader.ReadLine() is { } line) lines.Add(line);
        return lines;
    }
}
