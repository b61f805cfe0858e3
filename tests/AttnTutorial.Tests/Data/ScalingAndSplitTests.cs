using AttnTutorial.Data;

namespace AttnTutorial.Tests.Data;

public class ScalingAndSplitTests
{
    private static SeriesSample Series(params float[] values) => new([values], 0, new bool[values.Length], AnomalyKind.None, -1, -1, []);

    [Fact]
    public void DataSplit_Create_Is70_15_15DisjointAndDeterministic()
    {
        var split = DataSplit.Create(1000, seed: 3);
        Assert.Equal(700, split.Train.Length);
        Assert.Equal(150, split.Validation.Length);
        Assert.Equal(150, split.Test.Length);
        Assert.Equal(Enumerable.Range(0, 1000), split.Train.Concat(split.Validation).Concat(split.Test).Order());
        Assert.Equal(split.Test, DataSplit.Create(1000, seed: 3).Test);
        Assert.NotEqual(split.Test, DataSplit.Create(1000, seed: 4).Test);
    }

    [Fact]
    public void MinMaxScaler_Global_UsesTrainingRangeOnly()
    {
        var scaler = MinMaxScaler.Fit(ScalingMode.Global, [Series(0, 10), Series(5, 2)]);
        Assert.Equal(0f, scaler.Min[0]);
        Assert.Equal(10f, scaler.Max[0]);
        // A test value outside the training range is not clipped: the model sees it is unusual.
        Assert.Equal([0.5f, 2f], scaler.Transform([5f, 20f], 0));
    }

    [Fact]
    public void MinMaxScaler_PerSeries_ScalesEachByItsOwnRange_ConstantToZero()
    {
        var scaler = MinMaxScaler.Fit(ScalingMode.PerSeries, []);
        Assert.Equal([0f, 0.5f, 1f], scaler.Transform([-2f, 0f, 2f], 0));
        Assert.Equal([0f, 0f], scaler.Transform([3f, 3f], 0));
    }

    [Fact]
    public void InputFeatures_DifferenceAndPatch_LayOutStepsAsDocumented()
    {
        var features = new InputFeatures { FirstDifference = true, DifferenceGain = 1, PatchSize = 2 };
        var sample = Series(1, 2, 4, 8);
        var destination = new float[features.StepCount(4) * features.FeatureCount(1)];
        features.Write(sample, MinMaxScaler.Fit(ScalingMode.None, []), destination);
        // step 0: values 1,2 then differences 0,1; step 1: values 4,8 then differences 2,4
        Assert.Equal([1f, 2f, 0f, 1f, 4f, 8f, 2f, 4f], destination);
        Assert.Equal([0.25f, 0.25f, 0.25f, 0.25f], features.WeightsOnTimeAxis([0.5f, 0.5f]));
    }

    [Fact]
    public void InputFeatures_Locate_AgreesWithWrite()
    {
        // Two channels, patch 2, with differences: per step (c0 x, x, d, d, c1 x, x, d, d).
        var features = new InputFeatures { FirstDifference = true, DifferenceGain = 1, PatchSize = 2 };
        var sample = new SeriesSample([[0f, 1f, 2f, 3f], [10f, 11f, 12f, 13f]], 0, new bool[4], AnomalyKind.None, -1, -1, []);
        var destination = new float[2 * 8];
        features.Write(sample, MinMaxScaler.Fit(ScalingMode.None, []), destination);
        for (int s = 0; s < 2; s++)
        {
            for (int f = 0; f < 8; f++)
            {
                var (channel, time) = features.Locate(s, f);
                if (f % 4 < 2) Assert.Equal(sample.Channels[channel][time], destination[s * 8 + f]);
            }
        }
        Assert.Equal((1, 3), features.Locate(1, 7));
        Assert.Equal((0, 2), features.Locate(1, 2));
    }

    [Fact]
    public void InputFeatures_PatchNotDividingLength_ErrorNamesOption()
    {
        var error = Assert.Throws<InvalidOptionException>(() => new InputFeatures { PatchSize = 3 }.Validate(500));
        Assert.Equal("PatchSize", error.Option);
    }

    [Fact]
    public void SeriesDataset_Create_HasDocumentedShapes()
    {
        var samples = SyntheticSeriesGenerator.Generate(new SyntheticSeriesOptions { Count = 6, Length = 40, Channels = 3 });
        using var data = SeriesDataset.Create(samples, new InputFeatures { FirstDifference = true, PatchSize = 4 }, MinMaxScaler.Fit(ScalingMode.PerSeries, samples));
        Assert.Equal([6L, 10L, 24L], data.Inputs.shape);
        Assert.Equal([6L], data.Labels.shape);
        Assert.Equal([6L, 40L], data.Masks.shape);
        Assert.Equal(samples.Select(s => (float)s.Label), data.Labels.data<float>().ToArray());
    }

    [Fact]
    public void BatchSampler_CoversEveryIndexOnce_ShuffledWhenAsked()
    {
        var ordered = BatchSampler.Batches(10, 4, null).ToList();
        Assert.Equal([4, 4, 2], ordered.Select(b => b.Length));
        Assert.Equal(Enumerable.Range(0, 10).Select(i => (long)i), ordered.SelectMany(b => b));
        var shuffled = BatchSampler.Batches(10, 4, new Random(1)).SelectMany(b => b).ToList();
        Assert.Equal(Enumerable.Range(0, 10).Select(i => (long)i), shuffled.Order());
        Assert.NotEqual(Enumerable.Range(0, 10).Select(i => (long)i), shuffled);
    }
}
