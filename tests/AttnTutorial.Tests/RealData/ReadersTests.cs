using System.IO.Compression;
using AttnTutorial.RealData;

namespace AttnTutorial.Tests.RealData;

public class ReadersTests
{
    private const string NycKey = "realKnownCause/nyc_taxi.csv";

    [Fact]
    public void NabCsvReader_NycTaxi_Has10320HalfHourlyRows()
    {
        var series = NabCsvReader.Read(RepoFiles.Data("nab", "nyc_taxi.csv"));
        Assert.Equal(10_320, series.Length);
        Assert.Equal(1, series.ChannelCount);
        Assert.Equal(["value"], series.ChannelNames);
        Assert.Equal(new DateTime(2014, 7, 1, 0, 0, 0), series.Timestamps![0]);
        Assert.Equal(new DateTime(2015, 1, 31, 23, 30, 0), series.Timestamps[^1]);
        Assert.Equal(10844f, series.Channels[0][0]);
        Assert.Equal(26288f, series.Channels[0][^1]);
        Assert.False(MissingValues.Detect(series).Any);
        Assert.Equal(0, series.LabelledCount);
    }

    [Fact]
    public void NabLabelWindows_NycTaxi_FiveWindowsOf207Steps()
    {
        var series = NabCsvReader.Read(RepoFiles.Data("nab", "nyc_taxi.csv"));
        var windows = NabLabelWindows.Read(RepoFiles.Data("nab", "combined_windows.json"), NycKey);
        Assert.Equal(5, windows.Count);
        Assert.Equal(new DateTime(2014, 10, 30, 15, 30, 0), windows[0].Start);

        var ranges = NabLabelWindows.ToStepRanges(windows, series.Timestamps!);
        Assert.Equal([5839, 7080, 8423, 8731, 9977], ranges.Select(r => r.Start));
        Assert.All(ranges, r => Assert.Equal(207, r.Length));
        var labelled = NabLabelWindows.Apply(series, windows);
        Assert.Equal(1035, labelled.LabelledCount);
        Assert.Equal(ranges, labelled.LabelledRuns);
    }

    [Fact]
    public void NabLabelWindows_MachineTemperature_FourWindows_UnsortedTimestampsKept()
    {
        var series = NabCsvReader.Read(RepoFiles.Data("nab", "machine_temperature_system_failure.csv"));
        Assert.Equal(22_695, series.Length);
        // The file steps back an hour once; rows stay in file order.
        Assert.True(series.Timestamps![10_149] < series.Timestamps[10_148]);
        var windows = NabLabelWindows.Read(RepoFiles.Data("nab", "combined_windows.json"), "realKnownCause/machine_temperature_system_failure.csv");
        Assert.Equal(4, windows.Count);
        Assert.Equal(4 * 567, NabLabelWindows.Apply(series, windows).LabelledCount);
    }

    [Fact]
    public void NabLabelWindows_UnknownKey_ErrorSuggestsKeyWithSameFileName()
    {
        var error = Assert.Throws<DataFormatException>(() => NabLabelWindows.Read(RepoFiles.Data("nab", "combined_windows.json"), "nyc_taxi.csv"));
        Assert.Contains("'nyc_taxi.csv'", error.Message, StringComparison.Ordinal);
        Assert.Contains(NycKey, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NabLabelWindows_BadJson_ErrorNamesFileAndLine()
    {
        string path = RepoFiles.Temp("{\n  \"a.csv\": [\n    [\"2014-01-01 00:00:00\" \"x\"]\n  ]\n}", ".json");
        var error = Assert.Throws<DataFormatException>(() => NabLabelWindows.Read(path, "a.csv"));
        Assert.Equal(path, error.File);
        Assert.Equal(3, error.Line);
    }

    [Fact]
    public void NumericCsvReader_SmdMachine21_ShapesAndLabels()
    {
        var train = NumericCsvReader.Read(RepoFiles.Data("smd-machine-2-1", "train.csv.gz"));
        var test = PointLabels.Apply(NumericCsvReader.Read(RepoFiles.Data("smd-machine-2-1", "test.csv.gz")), RepoFiles.Data("smd-machine-2-1", "test_label.txt"));
        Assert.Equal((23_693, 38), (train.Length, train.ChannelCount));
        Assert.Equal((23_694, 38), (test.Length, test.ChannelCount));
        Assert.Equal("metric 1", train.ChannelNames[0]);
        Assert.Null(train.Timestamps);
        Assert.Equal(0.20202f, train.Channels[0][0]);
        Assert.Equal(1170, test.LabelledCount);
        Assert.Equal(13, test.LabelledRuns.Count);
    }

    [Fact]
    public void InterpretationLabels_SmdMachine21_MatchLabelRunsAndAreZeroBased()
    {
        var test = PointLabels.Apply(NumericCsvReader.Read(RepoFiles.Data("smd-machine-2-1", "test.csv.gz")), RepoFiles.Data("smd-machine-2-1", "test_label.txt"));
        var interpretations = InterpretationLabels.Read(RepoFiles.Data("smd-machine-2-1", "interpretation_label.txt"), channelCount: 38);
        Assert.Equal(test.LabelledRuns, interpretations.Select(i => i.Steps));
        // First line of the file: 6506-6528:23,25,32,35,36 (1-based channels).
        Assert.Equal(new StepRange(6506, 6528), interpretations[0].Steps);
        Assert.Equal([22, 24, 31, 34, 35], interpretations[0].Channels);
    }

    [Fact]
    public void AsdOmi1_ShapesAndInclusiveInterpretationLabelsMatchLabelRuns()
    {
        var train = NumericCsvReader.Read(RepoFiles.Data("asd-omi-1", "train.csv.gz"));
        var test = PointLabels.Apply(NumericCsvReader.Read(RepoFiles.Data("asd-omi-1", "test.csv.gz")), RepoFiles.Data("asd-omi-1", "test_label.txt"));
        Assert.Equal((8640, 19), (train.Length, train.ChannelCount));
        Assert.Equal((4320, 19), (test.Length, test.ChannelCount));
        Assert.Equal(441, test.LabelledCount);
        var interpretations = InterpretationLabels.Read(RepoFiles.Data("asd-omi-1", "interpretation_label.txt"), channelCount: 19, endInclusive: true);
        Assert.Equal(test.LabelledRuns, interpretations.Select(i => i.Steps));
        // First line of the file: 760-765:4,5,7,... (inclusive end, 1-based channels).
        Assert.Equal(new StepRange(760, 766), interpretations[0].Steps);
        Assert.Equal([3, 4, 6], interpretations[0].Channels.Take(3));
    }

    [Fact]
    public void InterpretationLabels_EndInclusive_AddsOneStep()
    {
        string path = RepoFiles.Temp("760-765:4,5\n");
        Assert.Equal(new StepRange(760, 766), InterpretationLabels.Read(path, endInclusive: true)[0].Steps);
    }

    [Fact]
    public void InterpretationLabels_ChannelOutOfRange_ErrorNamesLineAndColumn()
    {
        string path = RepoFiles.Temp("1-3:1,2\n10-20:3,40\n");
        var error = Assert.Throws<DataFormatException>(() => InterpretationLabels.Read(path, channelCount: 38));
        Assert.Equal((2, 9), (error.Line, error.Column));
        Assert.Contains("channel 40", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NumericCsvReader_GzipWithoutGzName_IsDetectedByMagicBytes()
    {
        string path = Path.Combine(Path.GetTempPath(), $"attn-realdata-{Guid.NewGuid():N}.csv");
        using (var gzip = new GZipStream(File.Create(path), CompressionLevel.Fastest))
        using (var writer = new StreamWriter(gzip))
        {
            writer.Write("1,2\n3,4\n");
        }
        var series = NumericCsvReader.Read(path, ["a", "b"]);
        Assert.Equal([1f, 3f], series.Channels[0]);
        Assert.Equal([2f, 4f], series.Channels[1]);
        Assert.Equal(["a", "b"], series.ChannelNames);
    }

    [Fact]
    public void NumericCsvReader_NonNumericCell_ErrorNamesFileLineAndColumn()
    {
        string path = RepoFiles.Temp("1,2,3\n4,five,6\n");
        var error = Assert.Throws<DataFormatException>(() => NumericCsvReader.Read(path));
        Assert.Equal((path, 2, 2), (error.File, error.Line, error.Column));
        Assert.StartsWith($"{path}, line 2, column 2: 'five'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NumericCsvReader_ShortRow_ErrorNamesLine()
    {
        string path = RepoFiles.Temp("1,2,3\n4,5,6\n7,8\n");
        var error = Assert.Throws<DataFormatException>(() => NumericCsvReader.Read(path));
        Assert.Equal((3, 3), (error.Line, error.Column));
    }

    [Fact]
    public void NumericCsvReader_EmptyAndNaNCells_BecomeMissingNotDropped()
    {
        var series = NumericCsvReader.Read(RepoFiles.Temp("1,2\n,NaN\n5,6\n"));
        Assert.Equal(3, series.Length);
        Assert.Equal([[1], [1]], MissingValues.Detect(series).Steps);
    }

    [Fact]
    public void NumericCsvReader_BlankLineInside_IsReportedNotSkipped()
    {
        var error = Assert.Throws<DataFormatException>(() => NumericCsvReader.Read(RepoFiles.Temp("1,2\n\n3,4\n\n\n")));
        Assert.Equal(2, error.Line);
        // In a one-column file a blank line is a missing value; trailing blank lines are not rows.
        var series = NumericCsvReader.Read(RepoFiles.Temp("1\n\n3\n\n"));
        Assert.Equal(3, series.Length);
        Assert.Equal([1], MissingValues.Detect(series).Steps[0]);
    }

    [Fact]
    public void NabCsvReader_MissingValueColumn_ErrorNamesColumnAndLine1()
    {
        string path = RepoFiles.Temp("timestamp,count\n2014-07-01 00:00:00,1\n");
        var error = Assert.Throws<DataFormatException>(() => NabCsvReader.Read(path));
        Assert.Equal(1, error.Line);
        Assert.Contains("'value'", error.Message, StringComparison.Ordinal);
        Assert.Equal(1f, NabCsvReader.Read(path, valueColumn: "count").Channels[0][0]);
    }

    [Fact]
    public void NabCsvReader_BadTimestampAndBadValue_ErrorsNameLineAndColumn()
    {
        var badTime = Assert.Throws<DataFormatException>(() => NabCsvReader.Read(RepoFiles.Temp("timestamp,value\n2014-07-01 00:00:00,1\nyesterday,2\n")));
        Assert.Equal((3, 1), (badTime.Line, badTime.Column));
        var badValue = Assert.Throws<DataFormatException>(() => NabCsvReader.Read(RepoFiles.Temp("timestamp,value\n2014-07-01 00:00:00,1\n2014-07-01 00:30:00,1O\n")));
        Assert.Equal((3, 2), (badValue.Line, badValue.Column));
    }

    [Fact]
    public void PointLabels_WrongLength_ErrorNamesFileAndCounts()
    {
        string path = RepoFiles.Temp("0\n1\n0\n", ".txt");
        var tooFew = Assert.Throws<DataFormatException>(() => PointLabels.Read(path, expectedLength: 4));
        Assert.Equal(path, tooFew.File);
        Assert.Equal(4, tooFew.Line);
        Assert.Contains("3 labels but the series has 4", tooFew.Message, StringComparison.Ordinal);
        var tooMany = Assert.Throws<DataFormatException>(() => PointLabels.Read(path, expectedLength: 2));
        Assert.Equal(3, tooMany.Line);
    }

    [Fact]
    public void PointLabels_ValueOtherThan0Or1_ErrorNamesLine()
    {
        var error = Assert.Throws<DataFormatException>(() => PointLabels.Read(RepoFiles.Temp("0\n2\n", ".txt")));
        Assert.Equal((2, 1), (error.Line, error.Column));
    }
}
