using AttnTutorial.Data;
using AttnTutorial.Models;
using AttnTutorial.Training;
using static TorchSharp.torch;

namespace AttnTutorial.Tests.Models;

[Collection(TorchTests.Collection)]
public class PointwiseLstmDetectorTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Forward_GivesOneLogitPerTimeStep(bool bidirectional)
    {
        random.manual_seed(1);
        using var model = new PointwiseLstmDetector(PointwiseLstmOptions.Seed with { InputSize = 2, Bidirectional = bidirectional });
        using var input = randn(3, 15, 2);
        using var logits = model.forward(input);
        Assert.Equal([3L, 15L], logits.shape);
    }

    [Fact]
    public void ParameterCount_Seed_MatchesHandCount()
    {
        using var model = new PointwiseLstmDetector(PointwiseLstmOptions.Seed);
        // Projection 1·16 + 16; LSTM 4·32·(16 + 32) + 2·4·32; output 32 + 1.
        Assert.Equal(32 + 6144 + 256 + 33, model.ParameterCount);
    }

    [Fact]
    public void FitPointwise_TinyRun_LossFallsAndSameSeedSameNumbers()
    {
        (TrainingHistory, float[]) Run()
        {
            var (train, validation) = TinyRun.Data(InputFeatures.Pointwise, count: 96, length: 40);
            using (train)
            using (validation)
            {
                random.manual_seed(7);
                using var model = new PointwiseLstmDetector(PointwiseLstmOptions.Seed with { InputSize = train.FeatureCount, Bidirectional = true });
                var history = new Trainer(TinyRun.Training()).FitPointwise(model, train, validation);
                var predictions = PointwisePredictor.Predict(model, validation);
                Assert.Equal(validation.Count, predictions.Probabilities.Length);
                Assert.All(predictions.Probabilities, p => Assert.Equal(40, p.Length));
                Assert.Equal(history.Epochs[history.BestEpoch - 1].ValidationLoss, predictions.Loss, 5);
                return (history, predictions.Probabilities[0]);
            }
        }

        var (first, firstProbabilities) = Run();
        var (second, secondProbabilities) = Run();
        TinyRun.AssertLossFalls(first);
        Assert.True(first.Epochs[^1].ValidationAuc > 0.8, $"point-wise validation AUC {first.Epochs[^1].ValidationAuc}");
        Assert.Equal(first.Epochs.Select(e => e.TrainLoss), second.Epochs.Select(e => e.TrainLoss));
        Assert.Equal(firstProbabilities, secondProbabilities);
    }

    [Fact]
    public void FitPointwise_PatchedFeatures_ErrorNamesPatchSize()
    {
        var (train, validation) = TinyRun.Data(TinyRun.Patched, count: 16, length: 40);
        using (train)
        using (validation)
        {
            using var model = new PointwiseLstmDetector(PointwiseLstmOptions.Seed with { InputSize = train.FeatureCount });
            var error = Assert.Throws<InvalidOptionException>(() => new Trainer(TinyRun.Training(1)).FitPointwise(model, train, validation));
            Assert.Equal(nameof(InputFeatures.PatchSize), error.Option);
        }
    }
}
