using AttnTutorial.Data;
using AttnTutorial.Models;
using AttnTutorial.Training;
using TorchSharp;

namespace AttnTutorial.RealData;

/// <summary>
/// The chapter's detector end to end: cut the training part into windows, inject anomalies into copies of them,
/// train the BiLSTM-attention classifier, then score any long series window by window and map the scores and
/// attention back to its steps. Every fitted thing (scaling, σ for injection) comes from the training part.
/// </summary>
/// <example>
/// <code>
/// var (train, rest) = series.SplitAt(trainEnd);
/// var (validation, test) = rest.SplitAt(validationLength);
/// using var detector = WindowDetector.Train(train, validation, RealDataRecipe.NycTaxi);
/// var scores = detector.Score(series);                          // StepScores over all of it
/// double threshold = ThresholdSelection.QuantileOfTraining(scores.Scores[trainEnd..(trainEnd + validationLength)], 1.0);
/// </code>
/// </example>
public sealed class WindowDetector : IDisposable
{
    private WindowDetector(RealDataRecipe recipe, BiLstmAttentionClassifier model, MinMaxScaler scaler, TrainingHistory history)
    {
        Recipe = recipe;
        Model = model;
        Scaler = scaler;
        History = history;
    }

    /// <summary>The recipe it was trained with.</summary>
    public RealDataRecipe Recipe { get; }

    /// <summary>The trained classifier.</summary>
    public BiLstmAttentionClassifier Model { get; }

    /// <summary>Scaling fitted on the training windows.</summary>
    public MinMaxScaler Scaler { get; }

    /// <summary>What training measured (validation loss and AUC are on injected validation windows).</summary>
    public TrainingHistory History { get; }

    /// <summary>Trains a detector on one training part and one validation part.</summary>
    /// <param name="training">The training part (mostly normal; its labels are ignored).</param>
    /// <param name="validation">A later, held-out part for early stopping, also treated as normal and injected with anomalies.</param>
    /// <param name="recipe">The settings; e.g. <see cref="RealDataRecipe.NycTaxi"/>.</param>
    /// <param name="progress">Called after every batch, as <see cref="Trainer.Fit"/> does.</param>
    /// <param name="cancellationToken">Stops training between batches.</param>
    public static WindowDetector Train(
        TimeSeries training,
        TimeSeries validation,
        RealDataRecipe recipe,
        IProgress<TrainingProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(training);
        ArgumentNullException.ThrowIfNull(validation);
        return Train([training], [validation], recipe, progress, cancellationToken);
    }

    /// <summary>
    /// Trains a detector on several training and validation parts, e.g. from <see cref="TimeSeries.InterleavedSplit"/>.
    /// Windows are cut from each part separately, so none spans a join.
    /// </summary>
    /// <inheritdoc cref="Train(TimeSeries, TimeSeries, RealDataRecipe, IProgress{TrainingProgress}?, CancellationToken)"/>
    /// <exception cref="ArgumentException">A list of parts is empty, or the parts have different channel counts.</exception>
    public static WindowDetector Train(
        IReadOnlyList<TimeSeries> training,
        IReadOnlyList<TimeSeries> validation,
        RealDataRecipe recipe,
        IProgress<TrainingProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        CheckArguments(training, validation, recipe);
        var trainWindows = Windows(training, recipe);
        var scaler = MinMaxScaler.Fit(recipe.Features.Scaling, trainWindows);
        // σ per channel from the training parts sizes the injected anomalies in the data's own units.
        var channelStd = Standardizer.Fit(TimeSeries.Concat(training)).Std;
        var trainSet = WindowAnomalyInjector.Inject(trainWindows, channelStd, recipe.Injection);
        var validationSet = WindowAnomalyInjector.Inject(Windows(validation, recipe), channelStd, recipe.Injection with { RandomSeed = recipe.Injection.RandomSeed + 1 });
        return Fit(trainSet.Samples, validationSet.Samples, scaler, recipe, training[0].ChannelCount, progress, cancellationToken);
    }

    /// <summary>
    /// Trains a detector on windows that carry their own labels — a series whose anomalies are known, such as a
    /// generated sensor network — instead of injecting anomalies into normal windows: a window is anomalous when at
    /// least <see cref="WindowOptions.MinAnomalousSteps"/> of its steps are labelled. <see cref="RealDataRecipe.Injection"/>
    /// is not used. Chapter 14 trains its time-only baseline this way (<see cref="RealDataRecipe.SensorNetwork"/>).
    /// </summary>
    /// <param name="training">Labelled training parts; windows are cut from each part separately.</param>
    /// <param name="validation">Labelled validation parts, for early stopping.</param>
    /// <param name="recipe">The settings; <see cref="RealDataRecipe.Injection"/> is ignored.</param>
    /// <param name="progress">Called after every batch, as <see cref="Trainer.Fit"/> does.</param>
    /// <param name="cancellationToken">Stops training between batches.</param>
    /// <exception cref="ArgumentException">A list of parts is empty, the parts have different channel counts, or the training windows hold only one class.</exception>
    public static WindowDetector TrainOnLabels(
        IReadOnlyList<TimeSeries> training,
        IReadOnlyList<TimeSeries> validation,
        RealDataRecipe recipe,
        IProgress<TrainingProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        CheckArguments(training, validation, recipe);
        var trainWindows = Windows(training, recipe);
        int anomalous = trainWindows.Count(w => w.IsAnomalous);
        if (anomalous == 0 || anomalous == trainWindows.Length)
            throw new ArgumentException(
                $"{training[0].SourceFile}: {anomalous} of {trainWindows.Length} training windows are anomalous (at least {recipe.Windows.MinAnomalousSteps} labelled steps); a classifier needs both classes.",
                nameof(training));
        var scaler = MinMaxScaler.Fit(recipe.Features.Scaling, trainWindows);
        return Fit(trainWindows, Windows(validation, recipe), scaler, recipe, training[0].ChannelCount, progress, cancellationToken);
    }

    // The checks both multi-part overloads share, made before any work, so that a bad list fails here with a message
    // naming it rather than somewhere inside windowing or training.
    private static void CheckArguments(IReadOnlyList<TimeSeries> training, IReadOnlyList<TimeSeries> validation, RealDataRecipe recipe)
    {
        ArgumentNullException.ThrowIfNull(training);
        ArgumentNullException.ThrowIfNull(validation);
        ArgumentNullException.ThrowIfNull(recipe);
        recipe.Validate();
        Parts(training, nameof(training));
        Parts(validation, nameof(validation));
        var odd = training.Concat(validation).FirstOrDefault(p => p.ChannelCount != training[0].ChannelCount);
        if (odd is not null)
            throw new ArgumentException($"{odd.SourceFile} has {odd.ChannelCount} channels but {training[0].SourceFile} has {training[0].ChannelCount}.", nameof(validation));

        static void Parts(IReadOnlyList<TimeSeries> parts, string name)
        {
            if (parts.Count == 0) throw new ArgumentException($"No {name} parts: give at least one.", name);
            for (int i = 0; i < parts.Count; i++)
                if (parts[i] is null) throw new ArgumentNullException(name, $"{name} part {i} is null.");
        }
    }

    // Each part is cut on its own, so no window spans a join.
    private static SeriesSample[] Windows(IReadOnlyList<TimeSeries> parts, RealDataRecipe recipe) =>
        parts.SelectMany(part => SlidingWindows.Cut(part, recipe.Windows).Samples).ToArray();

    private static WindowDetector Fit(
        IReadOnlyList<SeriesSample> train,
        IReadOnlyList<SeriesSample> validation,
        MinMaxScaler scaler,
        RealDataRecipe recipe,
        int channels,
        IProgress<TrainingProgress>? progress,
        CancellationToken cancellationToken)
    {
        using var trainData = SeriesDataset.Create(train, recipe.Features, scaler);
        using var validationData = SeriesDataset.Create(validation, recipe.Features, scaler);

        torch.random.manual_seed(recipe.Training.RandomSeed);
        var model = new BiLstmAttentionClassifier(recipe.ModelOptions(channels));
        try
        {
            var history = new Trainer(recipe.Training).Fit(model, trainData, validationData, progress, cancellationToken);
            return new WindowDetector(recipe, model, scaler, history);
        }
        catch
        {
            model.Dispose();
            throw;
        }
    }

    /// <summary>Scores <paramref name="series"/> with windows of the training length every <see cref="RealDataRecipe.ScoreStride"/> steps.</summary>
    public StepScores Score(TimeSeries series) =>
        StreamingScorer.Score(Model, series, Recipe.Features, Scaler, Recipe.ScoringWindows, Recipe.Training.EvaluationBatchSize, Trainer.ResolveDevice(Recipe.Training.Device));

    /// <summary>Per channel, the share of the score that rests on it over <paramref name="range"/> (<see cref="ChannelAttribution.GradientTimesInput"/>).</summary>
    public float[] ExplainChannels(TimeSeries series, StepRange range) =>
        ChannelAttribution.GradientTimesInput(Model, series, Recipe.Features, Scaler, Recipe.ScoringWindows, range);

    /// <summary>Disposes the model.</summary>
    public void Dispose() => Model.Dispose();
}
