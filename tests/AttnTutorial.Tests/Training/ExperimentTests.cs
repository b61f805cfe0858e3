using AttnTutorial.Data;
using AttnTutorial.Training;

namespace AttnTutorial.Tests.Training;

[Collection(TorchTests.Collection)]
public class ExperimentTests
{
    private static Recipe Small(int dataSeed, int trainingSeed) => Recipe.Seed with
    {
        Data = SyntheticSeriesOptions.Seed with { Count = 40, Length = 40, RandomSeed = dataSeed },
        Training = Recipe.Seed.Training with { RandomSeed = trainingSeed },
    };

    private static float[] InitialWeights(Recipe recipe)
    {
        using var experiment = Experiment.Prepare(recipe);
        return experiment.Model.parameters().SelectMany(p => p.data<float>().ToArray()).ToArray();
    }

    // Prepare's doc says the initial weights follow the trainer's seed, not the data's (issue 13: the two once disagreed).
    [Fact]
    public void Prepare_InitialWeights_FollowTheTrainersSeedNotTheDatas()
    {
        var reference = InitialWeights(Small(dataSeed: 42, trainingSeed: 7));

        Assert.Equal(reference, InitialWeights(Small(dataSeed: 43, trainingSeed: 7)));
        Assert.NotEqual(reference, InitialWeights(Small(dataSeed: 42, trainingSeed: 8)));
    }
}
