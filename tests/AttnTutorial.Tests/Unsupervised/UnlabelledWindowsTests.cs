using AttnTutorial.RealData;
using AttnTutorial.Tests.RealData;
using AttnTutorial.Unsupervised;
using static TorchSharp.torch;

namespace AttnTutorial.Tests.Unsupervised;

public class UnlabelledWindowsTests
{
    [Fact]
    public void Cut_WindowsHoldStandardizedValuesAtSlidingWindowStarts()
    {
        var series = SeriesFactory.Make([Enumerable.Range(0, 11).Select(t => (float)t).ToArray(), Enumerable.Range(0, 11).Select(t => 2f * t).ToArray()]);
        var z = Standardizer.Fit(series);
        using var windows = UnlabelledWindows.Cut(series, z, new WindowOptions { Length = 4, Stride = 3 });
        Assert.Equal([0, 3, 6, 7], windows.Starts);
        Assert.Equal(4, windows.Length);
        Assert.Equal(2, windows.ChannelCount);
        using var batch = windows.Batch(tensor(new long[] { 1, 3 }));
        Assert.Equal(new long[] { 2, 4, 2 }, batch.shape);
        // Ramp 0..10: μ = 5, σ = √10; window 1 starts at step 3, window 3 at step 7.
        float sigma = (float)Math.Sqrt(10);
        Assert.Equal((3 - 5) / sigma, batch[0, 0, 0].item<float>(), 5);
        Assert.Equal((10 - 5) / sigma, batch[1, 3, 0].item<float>(), 5);
        // Channel 1 is twice channel 0, so the same z.
        Assert.Equal(batch[1, 3, 0].item<float>(), batch[1, 3, 1].item<float>(), 5);
    }

    [Fact]
    public void Cut_Parts_NoWindowSpansAJoin()
    {
        var first = SeriesFactory.Ramp(6);
        var second = SeriesFactory.Ramp(5);
        using var windows = UnlabelledWindows.Cut([first, second], Standardizer.Fit(first), new WindowOptions { Length = 4, Stride = 2 });
        Assert.Equal([0, 2, 6, 7], windows.Starts);
        Assert.Equal([0, 6], windows.PartStarts);
        Assert.Equal([6, 5], windows.PartLengths);
        Assert.Equal(new long[] { 11, 1 }, windows.Values.shape);
    }

    [Fact]
    public void BatchRange_EqualsBatchOfIndices()
    {
        var series = SineSeries.Clean(60);
        using var windows = UnlabelledWindows.Cut(series, Standardizer.Fit(series), new WindowOptions { Length = 8, Stride = 5 });
        using var byRange = windows.Batch(2, 3);
        using var byIndex = windows.Batch(tensor(new long[] { 2, 3, 4 }));
        Assert.True(byRange.allclose(byIndex, rtol: 0, atol: 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => windows.Batch(windows.Count - 1, 2));
    }

    [Fact]
    public void Cut_BadSeries_ErrorNamesTheFile()
    {
        var good = SeriesFactory.Ramp(20);
        var z = Standardizer.Fit(good);
        var options = new WindowOptions { Length = 8, Stride = 2 };
        var shortSeries = SeriesFactory.Ramp(5) with { SourceFile = "short.csv" };
        Assert.Contains("short.csv", Assert.Throws<ArgumentException>(() => UnlabelledWindows.Cut(shortSeries, z, options)).Message);
        var gappy = SeriesFactory.Make([[1f, 2f, float.NaN, 4f, 5f, 6f, 7f, 8f, 9f]]) with { SourceFile = "gappy.csv" };
        Assert.Contains("gappy.csv", Assert.Throws<ArgumentException>(() => UnlabelledWindows.Cut(gappy, z, options)).Message);
        var wide = SineSeries.Clean(20, channels: 3, file: "wide.csv");
        Assert.Contains("wide.csv", Assert.Throws<ArgumentException>(() => UnlabelledWindows.Cut(wide, z, options)).Message);
    }
}
