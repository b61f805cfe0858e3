using AttnTutorial.Data;
using AttnTutorial.Evaluation;

namespace AttnTutorial.Tests.Evaluation;

public class AttentionSummaryTests
{
    private static float[] PeakAt(int peak, int length = 100)
    {
        var weights = Enumerable.Repeat(0.5f / (length - 1), length).ToArray();
        weights[peak] = 0.5f;
        return weights;
    }

    [Fact]
    public void Of_MixedSamples_AveragesOverAnomalousOnesOnly()
    {
        SeriesSample[] samples = [Sample(null), Sample((60, 70)), Sample((10, 30))];
        float[][] weights = [PeakAt(50), PeakAt(65), PeakAt(65)];

        var summary = AttentionSummary.Of(samples, weights, window: 0);

        Assert.Equal(2, summary.AnomalousCount);
        Assert.Equal(0.5, summary.PeakHitRate);
        // Series 1: the peak (0.5) plus 9 steps of 0.5/99; series 2: 20 steps of 0.5/99.
        Assert.Equal(((0.5 + (9 * 0.5 / 99)) + (20 * 0.5 / 99)) / 2, summary.MeanMassInside, 5);
        Assert.Equal((0.1 + 0.2) / 2, summary.MeanSpanShare, 12);
    }

    [Fact]
    public void Of_NoAnomalousSamples_ReportsNaN()
    {
        var summary = AttentionSummary.Of([Sample(null)], [PeakAt(5)]);

        Assert.Equal(0, summary.AnomalousCount);
        Assert.True(double.IsNaN(summary.PeakHitRate));
    }

    [Fact]
    public void Of_MismatchedCounts_ThrowsNamingWeights()
    {
        Assert.Equal("weights", Assert.Throws<ArgumentException>(() => AttentionSummary.Of([Sample(null)], [])).ParamName);
    }

    [Fact]
    public void Of_WeightsOfWrongLength_ThrowsNamingWeights()
    {
        var error = Assert.Throws<ArgumentException>(() => AttentionSummary.Of([Sample((1, 3))], [PeakAt(5, length: 50)]));

        Assert.Equal("weights", error.ParamName);
        Assert.Contains("weights[0]", error.Message, StringComparison.Ordinal);
    }

    private static SeriesSample Sample((int Start, int End)? span, int length = 100)
    {
        var mask = new bool[length];
        if (span is { } s)
        {
            Array.Fill(mask, true, s.Start, s.End - s.Start);
        }

        return new SeriesSample(
            [new float[length]],
            span is null ? 0 : 1,
            mask,
            span is null ? AnomalyKind.None : AnomalyKind.Flat,
            span?.Start ?? -1,
            span?.End ?? -1,
            span is null ? [] : [0]);
    }
}
