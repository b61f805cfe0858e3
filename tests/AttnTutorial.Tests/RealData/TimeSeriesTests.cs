using AttnTutorial.RealData;

namespace AttnTutorial.Tests.RealData;

public class TimeSeriesTests
{
    [Fact]
    public void InterleavedSplit_HandsEveryNthBlockToValidation_AndMergesNeighbours()
    {
        // Blocks of 2 over 11 steps: 0:[0,2) 1:[2,4) 2:[4,6) 3:[6,8) 4:[8,10) 5:[10,11); every 3rd from block 1 validates.
        var (training, validation) = SeriesFactory.Ramp(11).InterleavedSplit(blockLength: 2, validationEvery: 3, firstValidationBlock: 1);

        Assert.Equal([[0f, 1f], [4f, 5f, 6f, 7f], [10f]], training.Select(p => p.Channels[0]).ToArray());
        Assert.Equal([[2f, 3f], [8f, 9f]], validation.Select(p => p.Channels[0]).ToArray());
    }

    [Fact]
    public void InterleavedSplit_BadOptions_NameTheOption()
    {
        var series = SeriesFactory.Ramp(10);
        Assert.Equal("blockLength", Assert.Throws<InvalidOptionException>(() => series.InterleavedSplit(0, 3)).Option);
        Assert.Equal("validationEvery", Assert.Throws<InvalidOptionException>(() => series.InterleavedSplit(2, 1)).Option);
        Assert.Equal("firstValidationBlock", Assert.Throws<InvalidOptionException>(() => series.InterleavedSplit(2, 3, 3)).Option);
        // One block only: nothing is left for training.
        Assert.Contains("no training block", Assert.Throws<ArgumentException>(() => series.InterleavedSplit(10, 3)).Message);
    }

    [Fact]
    public void Concat_JoinsValuesAndLabels_AndRefusesMismatchedChannels()
    {
        var joined = TimeSeries.Concat([SeriesFactory.Ramp(3, 1), SeriesFactory.Ramp(2, 0)]);

        Assert.Equal([0f, 1f, 2f, 0f, 1f], joined.Channels[0]);
        Assert.Equal([false, true, false, true, false], joined.Labels);
        Assert.Null(joined.Timestamps);
        var twoChannels = SeriesFactory.Make([[1f, 2f], [3f, 4f]]);
        Assert.Contains("has 2 channels", Assert.Throws<ArgumentException>(() => TimeSeries.Concat([SeriesFactory.Ramp(2), twoChannels])).Message);
        Assert.Throws<ArgumentException>(() => TimeSeries.Concat([]));
    }
}
