using AttnTutorial.Data;
using AttnTutorial.Evaluation;
using AttnTutorial.Models;
using TorchSharp;

namespace AttnTutorial.Training;

/// <summary>
/// One run of a recipe end to end: generate, split 70/15/15, fit scaling on the training split, train, score
/// the test split. Chapters and the CLI share it, so they report the same numbers for the same seed.
/// Introduced in chapter 05.
/// </summary>
public sealed class Experiment : IDisposable
{
    private Experiment(Recipe recipe, IReadOnlyList<SeriesSample> samples, DataSplit split, SeriesDataset train, SeriesDataset validation, SeriesDataset test, BiLstmAttentionClassifier model)
    {
        Recipe = recipe;
        Samples = samples;
        Split = split;
        Train = train;
        Validation = validation;
        Test = test;
        Model = model;
    }

    /// <summary>The recipe this run follows.</summary>
    public Recipe Recipe { get; }

    /// <summary>Every generated series.</summary>
    public IReadOnlyList<SeriesSample> Samples { get; }

    /// <summary>Which series went where.</summary>
    public DataSplit Split { get; }

    /// <summary>Training split as tensors.</summary>
    public SeriesDataset Train { get; }

    /// <summary>Validation split as tensors (early stopping, threshold choice).</summary>
    public SeriesDataset Validation { get; }

    /// <summary>Test split as tensors (reported once, at the end).</summary>
    public SeriesDataset Test { get; }

    /// <summary>The model; trained once <see cref="Fit"/> has run.</summary>
    public BiLstmAttentionClassifier Model { get; }

    /// <summary>Training history, once <see cref="Fit"/> has run.</summary>
    public TrainingHistory? History { get; private set; }

    /// <summary>
    /// Generates the data (seeded by <see cref="SyntheticSeriesOptions.RandomSeed"/>) and builds an untrained model, seeding
    /// torch with <see cref="TrainerOptions.RandomSeed"/> first so the initial weights follow the trainer's seed.
    /// </summary>
    public static Experiment Prepare(Recipe recipe)
    {
        recipe.Validate();
        var samples = SyntheticSeriesGenerator.Generate(recipe.Data);
        var split = DataSplit.Create(samples.Count, recipe.Data.RandomSeed);
        var trainSamples = DataSplit.Take(samples, split.Train);
        var scaler = MinMaxScaler.Fit(recipe.Features.Scaling, trainSamples);
        var train = SeriesDataset.Create(trainSamples, recipe.Features, scaler);
        var validation = SeriesDataset.Create(DataSplit.Take(samples, split.Validation), recipe.Features, scaler);
        var test = SeriesDataset.Create(DataSplit.Take(samples, split.Test), recipe.Features, scaler);
        torch.random.manual_seed(recipe.Training.RandomSeed);
        var model = new BiLstmAttentionClassifier(recipe.ModelOptions);
        return new Experiment(recipe, samples, split, train, validation, test, model);
    }

    /// <summary>Trains the model with the recipe's trainer options.</summary>
    public TrainingHistory Fit(IProgress<TrainingProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        History = new Trainer(Recipe.Training).Fit(Model, Train, Validation, progress, cancellationToken);
        return History;
    }

    /// <summary>Scores a split with the (trained) model.</summary>
    public Predictions Predict(SeriesDataset split) => Predictor.Predict(Model, split, Recipe.Training.EvaluationBatchSize, Trainer.ResolveDevice(Recipe.Training.Device));

    /// <summary>Test-split metrics at <paramref name="threshold"/> (choose any other threshold on validation, never on test).</summary>
    public ClassificationReport EvaluateTest(double threshold = 0.5) => BinaryMetrics.Evaluate(Predict(Test).Probabilities, Test.LabelArray, threshold);

    /// <summary>Disposes the model and the tensors.</summary>
    public void Dispose()
    {
        Model.Dispose();
        Train.Dispose();
        Validation.Dispose();
        Test.Dispose();
    }
}
