using AttnTutorial.Models;
using static TorchSharp.torch;

namespace AttnTutorial.Tests.Models;

[Collection(TorchTests.Collection)]
public class LearnedGraphForecasterTests
{
    private static readonly LearnedGraphOptions Small = new() { Sensors = 6, WindowLength = 5, EmbeddingSize = 4, TopK = 2, HiddenSize = 8 };

    [Fact]
    public void Forward_Shapes_ForecastPerSensorAndGraphAttention()
    {
        random.manual_seed(1);
        using var model = new LearnedGraphForecaster(Small);
        using var input = randn(3, 5, 6);
        var (forecast, attention) = model.forward(input);
        using (forecast)
        using (attention)
        {
            Assert.Equal([3L, 6L], forecast.shape);
            Assert.Equal([3L, 6L, 6L], attention.shape);
        }
    }

    [Fact]
    public void Neighbours_ExactlyKOtherSensorsEach_NoSelfLoops()
    {
        random.manual_seed(2);
        using var model = new LearnedGraphForecaster(Small with { TopK = 3 });
        var neighbours = model.Neighbours();
        var adjacency = model.Adjacency();

        Assert.Equal(6, neighbours.Length);
        for (int i = 0; i < 6; i++)
        {
            Assert.Equal(3, neighbours[i].Distinct().Count());
            Assert.DoesNotContain(i, neighbours[i]);
            Assert.Equal(3, adjacency[i].Count(a => a));
            Assert.False(adjacency[i][i]);
        }
    }

    [Fact]
    public void Neighbours_SetEmbeddings_MostSimilarByCosine()
    {
        using var model = new LearnedGraphForecaster(Small with { EmbeddingSize = 2, TopK = 1 });
        // Directions 0°, 10°, 90°, 100°, 180°, 185°: each sensor's nearest other direction is its pair.
        double[] degrees = [0, 10, 90, 100, 180, 185];
        var weights = degrees.SelectMany(d => new[] { (float)Math.Cos(d * Math.PI / 180), (float)Math.Sin(d * Math.PI / 180) }).ToArray();
        using (no_grad()) model.state_dict()["sensorEmbedding.weight"].copy_(tensor(weights, [6, 2]));

        Assert.Equal([[1], [0], [3], [2], [5], [4]], model.Neighbours());
        var similarity = model.Similarity();
        Assert.Equal(1f, similarity[2][2], 5);
        Assert.Equal((float)Math.Cos(80 * Math.PI / 180), similarity[1][2], 5);
    }

    [Fact]
    public void Forward_Attention_RowsSumToOneAndZeroOutsideNeighboursAndSelf()
    {
        random.manual_seed(3);
        using var model = new LearnedGraphForecaster(Small);
        using var input = randn(4, 5, 6);
        var (forecast, attention) = model.forward(input);
        using (forecast)
        using (attention)
        {
            TinyRun.AssertRowsSumToOne(attention);
            var allowed = model.Adjacency();
            var map = attention.data<float>().ToArray();
            for (int b = 0; b < 4; b++)
            {
                for (int i = 0; i < 6; i++)
                {
                    for (int j = 0; j < 6; j++)
                    {
                        float weight = map[b * 36 + i * 6 + j];
                        if (i == j || allowed[i][j]) Assert.True(weight > 0);
                        else Assert.Equal(0f, weight);
                    }
                }
            }
        }
    }

    [Fact]
    public void Forward_WrongShape_ErrorNamesExpectedShape()
    {
        using var model = new LearnedGraphForecaster(Small);
        using var input = randn(2, 4, 6);
        var error = Assert.Throws<ArgumentException>(() => model.forward(input));
        Assert.Contains("(batch, 5, 6)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_TopKNotBelowSensors_ErrorNamesTheOption()
    {
        var error = Assert.Throws<InvalidOptionException>(() => new LearnedGraphForecaster(Small with { TopK = 6 }));
        Assert.Equal("TopK", error.Option);
        Assert.Contains("[1, 5]", error.Message, StringComparison.Ordinal);
    }
}
