using AttnTutorial.Evaluation;

namespace AttnTutorial.Tests.Evaluation;

public class AttentionMetricsTests
{
    private const int Precision = 12;

    private static float[] PeakAt(int peak, int length = 100)
    {
        var weights = Enumerable.Repeat(0.5f / (length - 1), length).ToArray();
        weights[peak] = 0.5f;
        return weights;
    }

    [Theory]
    [InlineData(50, 60, 70, 10, true)]   // window reaches 60 exactly
    [InlineData(50, 60, 70, 9, false)]   // window stops at 59
    [InlineData(50, 30, 40, 10, false)]  // window starts at 40, the span's exclusive end
    [InlineData(50, 30, 41, 10, true)]
    [InlineData(50, 50, 51, 0, true)]    // window 0: the peak itself must be inside
    [InlineData(50, 51, 60, 0, false)]
    [InlineData(0, 95, 100, 10, false)]
    [InlineData(99, 95, 100, 0, true)]
    public void PeakHitsAnomaly_PeakAndSpan_HitsOnlyWhenWindowOverlaps(int peak, int start, int end, int window, bool expected)
    {
        Assert.Equal(expected, AttentionMetrics.PeakHitsAnomaly(PeakAt(peak), start, end, window));
    }

    [Theory]
    [InlineData(50, 45, 95, 10, 16.0 / 50)]   // window [40, 60] overlaps [45, 95) in 45..60: 16 of 50 steps
    [InlineData(50, 48, 53, 10, 1.0)]         // a 5-step anomaly inside the window: all of it
    [InlineData(50, 0, 100, 10, 21.0 / 100)]  // the whole series is anomalous: 21 of 100 steps at best
    [InlineData(2, 0, 30, 10, 13.0 / 30)]     // window clipped at the series start: [0, 12]
    [InlineData(50, 61, 70, 10, 0.0)]         // window ends at 60, the anomaly starts at 61
    [InlineData(50, 60, 70, 10, 1.0 / 10)]    // window reaches 60 exactly: one step
    [InlineData(50, 50, 51, 0, 1.0)]          // window 0: the peak itself is the one anomalous step
    public void SeedAttentionAccuracy_PeakAndSpan_IsOverlapOverAnomalyLength(int peak, int start, int end, int window, double expected)
    {
        Assert.Equal(expected, AttentionMetrics.SeedAttentionAccuracy(PeakAt(peak), start, end, window), Precision);
    }

    [Fact]
    public void SeedAttentionAccuracy_LongerAnomalyWithTheSamePeak_ScoresLower()
    {
        var weights = PeakAt(50);

        var shortSpan = AttentionMetrics.SeedAttentionAccuracy(weights, 40, 61);
        var longSpan = AttentionMetrics.SeedAttentionAccuracy(weights, 10, 90);

        // Both windows lie wholly inside their anomaly, so the hit-rate variant counts both as hits.
        Assert.True(AttentionMetrics.PeakHitsAnomaly(weights, 40, 61) && AttentionMetrics.PeakHitsAnomaly(weights, 10, 90));
        Assert.Equal(1.0, shortSpan, Precision);
        Assert.Equal(21.0 / 80, longSpan, Precision);
    }

    [Fact]
    public void SeedAttentionAccuracy_BadSpanOrWindow_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => AttentionMetrics.SeedAttentionAccuracy(PeakAt(5), 10, 10));
        Assert.Throws<ArgumentOutOfRangeException>(() => AttentionMetrics.SeedAttentionAccuracy(PeakAt(5), 0, 10, window: -1));
        Assert.Throws<ArgumentException>(() => AttentionMetrics.SeedAttentionAccuracy([], 0, 1));
    }

    [Fact]
    public void PeakHitsAnomaly_TiedPeaks_UsesTheFirst()
    {
        var weights = new float[100];
        weights[10] = weights[90] = 0.5f;

        Assert.True(AttentionMetrics.PeakHitsAnomaly(weights, 0, 6, window: 5));
        Assert.False(AttentionMetrics.PeakHitsAnomaly(weights, 85, 95, window: 5));
    }

    [Fact]
    public void PeakHitsAnomaly_DefaultWindow_IsTen()
    {
        Assert.True(AttentionMetrics.PeakHitsAnomaly(PeakAt(50), 60, 70));
        Assert.False(AttentionMetrics.PeakHitsAnomaly(PeakAt(50), 61, 70));
    }

    [Fact]
    public void MassInside_Span_SumsHalfOpenRange()
    {
        Assert.Equal(0.5, AttentionMetrics.MassInside([0.1f, 0.2f, 0.3f, 0.4f], 1, 3), 6);
    }

    [Fact]
    public void MassInside_WholeSeries_IsTotalMass()
    {
        Assert.Equal(1.0, AttentionMetrics.MassInside([0.1f, 0.2f, 0.3f, 0.4f], 0, 4), 6);
    }

    [Fact]
    public void Entropy_Uniform_IsLogT()
    {
        Assert.Equal(Math.Log(4), AttentionMetrics.Entropy([0.25f, 0.25f, 0.25f, 0.25f]), Precision);
        Assert.Equal(1.0, AttentionMetrics.NormalizedEntropy([0.25f, 0.25f, 0.25f, 0.25f]), Precision);
    }

    [Fact]
    public void Entropy_OneHot_IsZero()
    {
        Assert.Equal(0.0, AttentionMetrics.Entropy([0f, 1f, 0f]));
        Assert.Equal(0.0, AttentionMetrics.NormalizedEntropy([0f, 1f, 0f]));
    }

    [Fact]
    public void Entropy_HalfQuarterQuarter_IsOneAndAHalfLogTwo()
    {
        Assert.Equal(1.5 * Math.Log(2), AttentionMetrics.Entropy([0.5f, 0.25f, 0.25f]), Precision);
    }

    [Fact]
    public void Entropy_UnnormalisedWeights_AreNormalisedFirst()
    {
        Assert.Equal(Math.Log(2), AttentionMetrics.Entropy([2f, 2f]), Precision);
    }

    [Fact]
    public void NormalizedEntropy_SingleStep_IsZero()
    {
        Assert.Equal(0.0, AttentionMetrics.NormalizedEntropy([1f]));
    }

    [Fact]
    public void Entropy_NegativeWeight_ThrowsNamingWeights()
    {
        var error = Assert.Throws<ArgumentException>(() => AttentionMetrics.Entropy([0.5f, -0.1f, 0.6f]));
        Assert.Equal("weights", error.ParamName);
        Assert.Contains("weights[1]", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Entropy_AllZero_ThrowsNamingWeights()
    {
        var error = Assert.Throws<ArgumentException>(() => AttentionMetrics.Entropy([0f, 0f]));
        Assert.Equal("weights", error.ParamName);
    }

    private static readonly Dictionary<string, Action<IReadOnlyList<float>>> WeightEntryPoints = new()
    {
        ["PeakHitsAnomaly"] = w => AttentionMetrics.PeakHitsAnomaly(w, 0, 1),
        ["MassInside"] = w => AttentionMetrics.MassInside(w, 0, 1),
        ["Entropy"] = w => AttentionMetrics.Entropy(w),
        ["NormalizedEntropy"] = w => AttentionMetrics.NormalizedEntropy(w),
    };

    public static TheoryData<string> WeightEntryPointNames => new(WeightEntryPoints.Keys);

    [Theory]
    [MemberData(nameof(WeightEntryPointNames))]
    public void AnyAttentionMetric_EmptyWeights_ThrowsNamingWeights(string method)
    {
        var error = Assert.Throws<ArgumentException>(() => WeightEntryPoints[method]([]));
        Assert.Equal("weights", error.ParamName);
    }

    [Theory]
    [MemberData(nameof(WeightEntryPointNames))]
    public void AnyAttentionMetric_NaNWeight_ThrowsNamingWeights(string method)
    {
        var error = Assert.Throws<ArgumentException>(() => WeightEntryPoints[method]([0.5f, float.NaN]));
        Assert.Equal("weights", error.ParamName);
    }

    [Theory]
    [InlineData(-1, 3, "start")]
    [InlineData(4, 5, "start")]
    [InlineData(1, 5, "end")]
    [InlineData(2, 2, "end")]
    [InlineData(3, 1, "end")]
    public void SpanMetrics_SpanOutsideSeries_ThrowsNamingTheBound(int start, int end, string name)
    {
        float[] weights = [0.25f, 0.25f, 0.25f, 0.25f];

        Assert.Equal(name, Assert.Throws<ArgumentOutOfRangeException>(() => AttentionMetrics.MassInside(weights, start, end)).ParamName);
        Assert.Equal(name, Assert.Throws<ArgumentOutOfRangeException>(() => AttentionMetrics.PeakHitsAnomaly(weights, start, end)).ParamName);
    }

    [Fact]
    public void PeakHitsAnomaly_NegativeWindow_ThrowsNamingWindow()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => AttentionMetrics.PeakHitsAnomaly(PeakAt(5), 0, 10, window: -1));
        Assert.Equal("window", error.ParamName);
    }
}
