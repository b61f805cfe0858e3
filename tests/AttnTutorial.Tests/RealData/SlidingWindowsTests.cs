using AttnTutorial.Data;
using AttnTutorial.RealData;

namespace AttnTutorial.Tests.RealData;

public class SlidingWindowsTests
{
    [Fact]
    public void Starts_StrideNotLandingOnEnd_AddsWindowFlushWithEnd()
    {
        Assert.Equal([0, 3, 6], SlidingWindows.Starts(10, new WindowOptions { Length = 4, Stride = 3 }));
        Assert.Equal([0, 3, 6, 7], SlidingWindows.Starts(11, new WindowOptions { Length = 4, Stride = 3 }));
        Assert.Equal([0], SlidingWindows.Starts(4, new WindowOptions { Length = 4, Stride = 4 }));
    }

    [Fact]
    public void Cut_WindowsCopyValuesAndLabelAnyLabelledStep()
    {
        var windows = SlidingWindows.Cut(SeriesFactory.Ramp(10, 5), new WindowOptions { Length = 4, Stride = 2 });
        Assert.Equal([0, 2, 4, 6], windows.Starts);
        Assert.Equal(4, windows.Count);
        Assert.Equal([2f, 3, 4, 5], windows.Samples[1].Channels[0]);
        Assert.Equal([0, 1, 1, 0], windows.Samples.Select(s => s.Label));
        var second = windows.Samples[1];
        Assert.Equal((3, 4), second.AnomalySpan);
        Assert.Equal([false, false, false, true], second.Mask);
        Assert.Equal(AnomalyKind.None, second.Kind);
        Assert.Equal(new StepRange(4, 8), windows.Span(2));
        Assert.Equal(2, windows.AnomalousCount);
    }

    [Fact]
    public void Cut_MinAnomalousSteps_NeedsThatManyLabelledSteps()
    {
        var options = new WindowOptions { Length = 4, Stride = 2, MinAnomalousSteps = 2 };
        var windows = SlidingWindows.Cut(SeriesFactory.Ramp(10, 5, 6), options);
        // Only [4, 8) holds both labelled steps; [2, 6) and [6, 10) hold one each.
        Assert.Equal([0, 0, 1, 0], windows.Samples.Select(s => s.Label));
        Assert.Equal(-1, windows.Samples[1].AnomalyStart);
        Assert.True(windows.Samples[1].Mask[3]);
    }

    [Fact]
    public void Cut_WindowsFeedSeriesDatasetUnchanged()
    {
        var windows = SlidingWindows.Cut(SeriesFactory.Ramp(40, 7), new WindowOptions { Length = 8, Stride = 4 });
        var features = new InputFeatures { Scaling = ScalingMode.Global, PatchSize = 2 };
        using var dataset = SeriesDataset.Create(windows.Samples, features, MinMaxScaler.Fit(features.Scaling, windows.Samples));
        Assert.Equal(new long[] { windows.Count, 4, 2 }, dataset.Inputs.shape);
    }

    [Fact]
    public void Options_BadStrideOrShortSeries_ErrorNamesOption()
    {
        Assert.Equal("Stride", Assert.Throws<InvalidOptionException>(() => new WindowOptions { Length = 4, Stride = 5 }.Validate()).Option);
        Assert.Equal("Length", Assert.Throws<InvalidOptionException>(() => new WindowOptions { Length = 1 }.Validate()).Option);
        Assert.Throws<ArgumentException>(() => SlidingWindows.Starts(3, new WindowOptions { Length = 4, Stride = 1 }));
    }

    [Fact]
    public void TimeSeries_SplitAt_CutsInTimeAndKeepsLabels()
    {
        var (before, after) = SeriesFactory.Ramp(10, 7).SplitAt(6);
        Assert.Equal(6, before.Length);
        Assert.Equal([6f, 7, 8, 9], after.Channels[0]);
        Assert.Equal([new StepRange(1, 2)], after.LabelledRuns);
        Assert.Equal(0, before.LabelledCount);
    }
}
