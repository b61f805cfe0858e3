using AttnTutorial.RealData;
using AttnTutorial.Unsupervised;

namespace AttnTutorial.Tests.Unsupervised;

public class NormalisedDeviationTests
{
    [Fact]
    public void Fit_MedianAndIqrOfAbsoluteErrors_HandComputed()
    {
        // |errors| sorted: 1, 2, 3, 4, 5 → median 3, quartiles 2 and 4 (linear interpolation) → IQR 2.
        var deviation = NormalisedDeviation.Fit([[-1f, 5f, 3f, -2f, 4f], [0f, 0f, 0f, 0f]], smoothingSteps: 1);
        Assert.Equal([3f, 0f], deviation.Median);
        Assert.Equal([2f, 0f], deviation.Iqr);
    }

    [Fact]
    public void Score_NoSmoothing_CentredAndScaled()
    {
        var deviation = NormalisedDeviation.Fit([[1f, 2f, 3f, 4f, 5f]], smoothingSteps: 1);
        var scores = deviation.Score([[3f, -7f, 1f]]);
        float scale = 2f + NormalisedDeviation.Epsilon;
        Assert.Equal(0f, scores[0][0], 6);
        Assert.Equal(4f / scale, scores[0][1], 5);
        Assert.Equal(-2f / scale, scores[0][2], 5);
    }

    [Fact]
    public void Score_Smoothing_TrailingMeanOfWhatThereIs()
    {
        // Median 0 and IQR 0: a = |e| / ε, then the mean of the last 2.
        var deviation = NormalisedDeviation.Fit([[0f, 0f, 0f]], smoothingSteps: 2);
        var scores = deviation.Score([[1f, 3f, 5f]]);
        float e = NormalisedDeviation.Epsilon;
        Assert.Equal(1f / e, scores[0][0], 2);
        Assert.Equal(2f / e, scores[0][1], 2);
        Assert.Equal(4f / e, scores[0][2], 2);
    }

    [Fact]
    public void Score_OtherSensorCount_ErrorSaysBoth()
    {
        var deviation = NormalisedDeviation.Fit([[1f], [2f]], smoothingSteps: 1);
        var error = Assert.Throws<ArgumentException>(() => deviation.Score([[1f]]));
        Assert.Contains("1 sensors", error.Message, StringComparison.Ordinal);
        Assert.Contains("fitted on 2", error.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidOptionException>(() => NormalisedDeviation.Fit([[1f]], smoothingSteps: 0));
    }
}
