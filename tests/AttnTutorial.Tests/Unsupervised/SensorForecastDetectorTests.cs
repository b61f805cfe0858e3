using AttnTutorial.Data;
using AttnTutorial.Models;
using AttnTutorial.RealData;
using AttnTutorial.SensorNetworks;
using AttnTutorial.Unsupervised;

namespace AttnTutorial.Tests.Unsupervised;

[Collection(TorchTests.Collection)]
public class SensorForecastDetectorTests
{
    // Correlation breaks only, on the default 4 × 4 network: the case per-channel statistics cannot see.
    private static SensorNetwork Breaks(int seed) => SensorNetworkGenerator.Generate(SensorNetworkOptions.Default with
    {
        Length = 2_400,
        CleanPrefixRatio = 0.5,
        EventCount = 3,
        Kinds = [AnomalyKind.CorrelationBreak],
        RandomSeed = seed,
    });

    private static SensorForecastOptions Quick(SensorModel model) => SensorForecastOptions.Quick with { Model = model };

    private static (SensorForecastDetector Detector, TimeSeries Series) Fitted(SensorModel model, int seed = 1, SensorForecastOptions? options = null)
    {
        var network = Breaks(seed);
        var series = network.ToTimeSeries();
        var detector = new SensorForecastDetector(options ?? Quick(model));
        detector.Fit(series.Slice(0, network.Options.CleanPrefixLength), seed: 3);
        return (detector, series);
    }

    [Fact]
    public void Combine_MeanOfTopSensors_UnscoredStepsGetTheLowestScore()
    {
        float[][] sensors =
        [
            [0f, 0f, 1f, 5f, 2f],
            [0f, 0f, 3f, 1f, 2f],
            [0f, 0f, 2f, 0f, 8f],
        ];
        Assert.Equal([3f, 3f, 3f, 5f, 8f], SensorForecastDetector.Combine(sensors, unscoredSteps: 2, topSensors: 1));
        Assert.Equal([2.5f, 2.5f, 2.5f, 3f, 5f], SensorForecastDetector.Combine(sensors, unscoredSteps: 2, topSensors: 2));
        // More sensors than there are: the mean over all of them.
        Assert.Equal(4f, SensorForecastDetector.Combine(sensors, unscoredSteps: 0, topSensors: 9)[4], 5);
    }

    [Fact]
    public void Score_BeforeFit_Throws()
    {
        using var detector = new SensorForecastDetector();
        var error = Assert.Throws<InvalidOperationException>(() => detector.Score(Breaks(1).ToTimeSeries()));
        Assert.Contains("Fit", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_BadValue_ErrorNamesTheOption()
    {
        var error = Assert.Throws<InvalidOptionException>(() => new SensorForecastDetector(SensorForecastOptions.Default with { ValidationEvery = 1 }));
        Assert.Equal("ValidationEvery", error.Option);
        var nested = Assert.Throws<InvalidOptionException>(() => new SensorForecastDetector(SensorForecastOptions.Default with { Training = SensorForecastOptions.Default.Training with { Epochs = 0 } }));
        Assert.Equal("Epochs", nested.Option);
    }

    [Theory]
    [InlineData(SensorModel.CrossSensorAttention)]
    [InlineData(SensorModel.LearnedGraph)]
    public void Fit_LossGoesDown_AndScoresEveryStep(SensorModel model)
    {
        var (detector, series) = Fitted(model);
        using (detector)
        {
            var epochs = detector.History!.Epochs;
            Assert.True(epochs[^1].TrainLoss < epochs[0].TrainLoss, $"loss did not fall: {string.Join(", ", epochs.Select(e => e.TrainLoss))}");
            var scores = detector.Score(series);
            Assert.Equal(series.Length, scores.Length);
            Assert.All(scores, s => Assert.True(float.IsFinite(s)));
            float floor = scores.Skip(detector.Options.WindowLength).Min();
            Assert.All(scores.Take(detector.Options.WindowLength), s => Assert.Equal(floor, s));
        }
    }

    [Fact]
    public void Fit_SameSeed_SameScores()
    {
        var (first, series) = Fitted(SensorModel.LearnedGraph);
        var (second, _) = Fitted(SensorModel.LearnedGraph);
        using (first)
        using (second)
        {
            Assert.Equal(first.Score(series), second.Score(series));
            Assert.Equal(first.History!.Epochs.Select(e => e.TrainLoss), second.History!.Epochs.Select(e => e.TrainLoss));
        }
    }

    [Fact]
    public void Score_IsCausal_LaterStepsDoNotChangeEarlierScores()
    {
        var (detector, series) = Fitted(SensorModel.CrossSensorAttention);
        using (detector)
        {
            const int cut = 1_500;
            var changed = series with { Channels = series.Channels.Select(c => c.Select((x, t) => t >= cut ? x + 5 : x).ToArray()).ToArray() };
            var before = detector.Score(series);
            var after = detector.Score(changed);
            Assert.Equal(before.Skip(detector.Options.WindowLength).Take(cut - detector.Options.WindowLength), after.Skip(detector.Options.WindowLength).Take(cut - detector.Options.WindowLength));
            Assert.NotEqual(before[cut], after[cut]);
        }
    }

    [Fact]
    public void SensorMatrix_RowsSumToOne_GraphModelZeroOutsideItsGraph()
    {
        var (detector, series) = Fitted(SensorModel.LearnedGraph);
        using (detector)
        {
            var matrix = detector.SensorMatrix(series);
            var graph = ((LearnedGraphForecaster)detector.Forecaster).Adjacency();
            Assert.Equal(16, matrix.Length);
            for (int i = 0; i < 16; i++)
            {
                Assert.Equal(1f, matrix[i].Sum(), 4);
                for (int j = 0; j < 16; j++)
                {
                    if (i != j && !graph[i][j]) Assert.Equal(0f, matrix[i][j]);
                }
            }
        }
    }

    [Fact]
    public void Score_OtherChannelCount_ErrorNamesTheFile()
    {
        var (detector, series) = Fitted(SensorModel.LearnedGraph);
        using (detector)
        {
            var fewer = series with { Channels = series.Channels[..15], ChannelNames = series.ChannelNames[..15] };
            var error = Assert.Throws<ArgumentException>(() => detector.Score(fewer));
            Assert.Contains(series.SourceFile, error.Message, StringComparison.Ordinal);
            Assert.Contains("15 channels", error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void RootCause_CorrelationBreak_BrokenSensorDeviatesMost()
    {
        // Network seed 2 with one-step couplings, strong coupling and three breaks of 300 steps; detector seed 2, training
        // windows every 2 steps. With couplings of one lag the cross-sensor model learns the true graph (top-2 edge
        // precision 0.97) and named the broken sensor first in 14 of 15 breaks over network seeds 1-5 (seed 1 missed one,
        // ranking it second); with the default lags of 1-3 steps far less often (bench/AttnTutorial.SensorNetworks.Experiments).
        var network = SensorNetworkGenerator.Generate(SensorNetworkOptions.Default with
        {
            MaxLag = 1,
            Persistence = 0.1,
            Coupling = 0.85,
            EventCount = 3,
            EventLengthMin = 300,
            EventLengthMax = 300,
            Kinds = [AnomalyKind.CorrelationBreak],
            RandomSeed = 2,
        });
        var series = network.ToTimeSeries();
        using var detector = new SensorForecastDetector(SensorForecastOptions.Default with { TrainStride = 2 });
        detector.Fit(series.Slice(0, network.Options.CleanPrefixLength), seed: 2);
        var sensorScores = detector.SensorScores(series);
        foreach (var anomaly in network.Anomalies)
        {
            var range = new StepRange(anomaly.Start, anomaly.End);
            var ranking = SensorRanking.Rank(sensorScores, range);
            Assert.True(anomaly.Origin == ranking[0], $"break at sensor {anomaly.Origin} {range}: ranking {string.Join(", ", ranking)}");
            Assert.Equal(ranking, ChannelAttribution.Top(detector.RootCause(series, range), 16));
        }
    }
}
