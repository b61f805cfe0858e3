using AttnTutorial.Models;
using static TorchSharp.torch;

namespace AttnTutorial.Tests.Models;

[Collection(TorchTests.Collection)]
public class CrossSensorAttentionForecasterTests
{
    private static readonly CrossSensorAttentionOptions Small = new() { Sensors = 5, WindowLength = 6, ModelSize = 8, Heads = 2, HiddenSize = 12 };

    [Fact]
    public void Forward_Shapes_ForecastPerSensorAndBothMaps()
    {
        random.manual_seed(1);
        using var model = new CrossSensorAttentionForecaster(Small);
        using var input = randn(3, 6, 5);
        var (forecast, sensors, time) = model.forward(input);
        using (forecast)
        using (sensors)
        using (time)
        {
            Assert.Equal([3L, 5L], forecast.shape);
            Assert.Equal([3L, 5L, 5L], sensors.shape);
            Assert.Equal([3L, 6L, 6L], time.shape);
        }
    }

    [Fact]
    public void Forward_SensorAttention_RowsSumToOneOverTheOthers()
    {
        random.manual_seed(2);
        using var model = new CrossSensorAttentionForecaster(Small);
        using var input = randn(4, 6, 5);
        var (forecast, sensors, time) = model.forward(input);
        using (forecast)
        using (sensors)
        using (time)
        {
            TinyRun.AssertRowsSumToOne(sensors);
            TinyRun.AssertRowsSumToOne(time);
            var map = sensors.data<float>().ToArray();
            for (int b = 0; b < 4; b++)
            {
                for (int i = 0; i < 5; i++) Assert.Equal(0f, map[b * 25 + i * 5 + i]);
            }
            // Every other sensor gets some weight: nothing else is masked.
            Assert.All(Enumerable.Range(0, map.Length).Where(k => k % 25 / 5 != k % 5), k => Assert.True(map[k] > 0));
        }
    }

    [Fact]
    public void Forward_OtherSensorsReachTheForecastOnlyThroughAttention_ChangingOneSensorMovesTheOthers()
    {
        random.manual_seed(3);
        using var model = new CrossSensorAttentionForecaster(Small);
        using var input = randn(1, 6, 5);
        using var changed = input.clone();
        changed.select(2, 4).add_(2); // sensor 4's whole window moves
        var (a, _, _) = model.forward(input);
        var (b, _, _) = model.forward(changed);
        using (a)
        using (b)
        {
            var before = a.data<float>().ToArray();
            var after = b.data<float>().ToArray();
            for (int s = 0; s < 4; s++) Assert.NotEqual(before[s], after[s]);
        }
    }

    [Fact]
    public void Forward_WrongShape_ErrorNamesExpectedShape()
    {
        using var model = new CrossSensorAttentionForecaster(Small);
        using var input = randn(2, 6, 4);
        var error = Assert.Throws<ArgumentException>(() => model.forward(input));
        Assert.Contains("(batch, 6, 5)", error.Message, StringComparison.Ordinal);
        Assert.Contains("(2, 6, 4)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_HeadsNotDividingModelSize_ErrorNamesTheOption()
    {
        var error = Assert.Throws<InvalidOptionException>(() => new CrossSensorAttentionForecaster(Small with { Heads = 3 }));
        Assert.Equal("Heads", error.Option);
        Assert.Throws<InvalidOptionException>(() => (Small with { Sensors = 1 }).Validate());
    }
}
