using AttnTutorial.Data;
using AttnTutorial.RealData;

namespace AttnTutorial.Tests.RealData;

public class ChannelAttributionTests
{
    [Fact]
    public void GradientTimesInput_ModelReadingOneChannel_GivesItAllTheCredit()
    {
        var series = SeriesFactory.Make([[1, 2, 3, 4, 5, 6], [1, 1, 2, 2, 3, 3], [9, 9, 9, 9, 9, 9]]);
        // The logit reads channel 1 only.
        using var model = new FunctionModel(input => input[.., .., 1].sum(1));
        var scores = ChannelAttribution.GradientTimesInput(model, series, InputFeatures.Seed, MinMaxScaler.Fit(ScalingMode.None, []),
            new WindowOptions { Length = 3, Stride = 1 }, new StepRange(2, 4));
        Assert.Equal([0f, 1f, 0f], scores);
    }

    [Fact]
    public void Top_And_HitRate_HandCounted()
    {
        float[] scores = [0.1f, 0.4f, 0.1f, 0.3f, 0.1f];
        Assert.Equal([1, 3, 0], ChannelAttribution.Top(scores, 3));
        // Blamed {3, 4}: the top two are {1, 3}, so one of two is found.
        Assert.Equal(0.5, ChannelAttribution.HitRate(scores, [3, 4]));
        Assert.Equal(1.0, ChannelAttribution.HitRate(scores, [3, 1]));
    }
}
