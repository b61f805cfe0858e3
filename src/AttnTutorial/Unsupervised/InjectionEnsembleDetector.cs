using AttnTutorial.Data;
using AttnTutorial.RealData;
using AttnTutorial.Training;

namespace AttnTutorial.Unsupervised;

/// <summary>
/// Chapter 12's detector as an unsupervised one: a <see cref="DetectorEnsemble"/> of BiLSTM-attention classifiers
/// trained to tell the training part's windows from copies with injected anomalies, scored causally
/// (<see cref="CausalScores"/>). It never reads a label either: the anomalies it learns from are the ones it made.
/// Introduced in chapter 13 as the supervised-by-injection row of the comparison.
/// </summary>
/// <remarks>
/// <para>Fit splits the training part into interleaved blocks (<see cref="TimeSeries.InterleavedSplit"/>, every fifth
/// block validates, as chapter 12 did for SMD) and trains <see cref="Members"/> detectors with seeds
/// seed, seed + 1000, seed + 2000, …. When the recipe scales nothing itself (<see cref="ScalingMode.None"/>, as
/// <see cref="RealDataRecipe.Smd"/>), the series is first z-scored with the training part's μ and σ, as chapter 12
/// did.</para>
/// <para>It is the only detector of the chapter that holds torch modules: dispose it (or refit, which disposes the
/// previous ensemble).</para>
/// </remarks>
public sealed class InjectionEnsembleDetector : IUnsupervisedDetector, IDisposable
{
    private DetectorEnsemble? _ensemble;
    private Standardizer? _standardizer;
    private int _channels;

    /// <summary>A detector trained with <paramref name="recipe"/>.</summary>
    /// <param name="recipe">Windows, injection, model and trainer, e.g. <see cref="RealDataRecipe.NycTaxi"/> for one channel or <see cref="RealDataRecipe.Smd"/> for many.</param>
    /// <param name="members">Detectors averaged per fit, at least 1. Default 1: the benchmark's seeds give the spread; chapter 12 averaged 5.</param>
    /// <param name="validationBlock">Steps per block of the interleaved split, at least the recipe's window length. Default 1,000 (chapter 12's SMD blocks).</param>
    public InjectionEnsembleDetector(RealDataRecipe recipe, int members = 1, int validationBlock = 1_000)
    {
        ArgumentNullException.ThrowIfNull(recipe);
        Recipe = recipe.Validate();
        InvalidOptionException.ThrowUnless(members >= 1, nameof(members), members, "at least 1");
        InvalidOptionException.ThrowUnless(validationBlock >= recipe.Windows.Length, nameof(validationBlock), validationBlock, $"at least the recipe's window length {recipe.Windows.Length}");
        Members = members;
        ValidationBlock = validationBlock;
    }

    /// <inheritdoc/>
    public string Name => Members == 1 ? "injection-trained BiLSTM (ch. 12)" : $"injection-trained BiLSTM ×{Members} (ch. 12)";

    /// <summary>The recipe every member is trained with (its seeds replaced).</summary>
    public RealDataRecipe Recipe { get; }

    /// <summary>Members per fit.</summary>
    public int Members { get; }

    /// <summary>Steps per block of the interleaved training/validation split.</summary>
    public int ValidationBlock { get; }

    /// <summary>Called with the member's index and its trainer's progress after every batch.</summary>
    public IProgress<(int Member, TrainingProgress Progress)>? Progress { get; init; }

    /// <summary>Stops training between batches.</summary>
    public CancellationToken CancellationToken { get; init; }

    /// <summary>The fitted ensemble, or null before <see cref="Fit"/>.</summary>
    public DetectorEnsemble? Ensemble => _ensemble;

    /// <inheritdoc/>
    public void Fit(TimeSeries train, int seed)
    {
        ArgumentNullException.ThrowIfNull(train);
        if (train.Length <= 2 * ValidationBlock)
            throw new ArgumentException($"{Name}: {train.SourceFile}'s training part has {train.Length} steps, not more than two blocks of {ValidationBlock} (the third validates); pass a smaller validationBlock.", nameof(train));
        _ensemble?.Dispose();
        _ensemble = null;
        _standardizer = Recipe.Features.Scaling == ScalingMode.None ? Standardizer.Fit(train) : null;
        var input = _standardizer?.Transform(train) ?? train;
        var (trainParts, validationParts) = input.InterleavedSplit(ValidationBlock, validationEvery: 5, firstValidationBlock: 2);
        var seeds = Enumerable.Range(0, Members).Select(i => seed + 1000 * i).ToArray();
        _ensemble = DetectorEnsemble.Train(trainParts, validationParts, Recipe, seeds, Progress, CancellationToken);
        _channels = train.ChannelCount;
    }

    /// <inheritdoc/>
    public float[] Score(TimeSeries series)
    {
        var ensemble = FittedState.Require(_ensemble, Name);
        FittedState.CheckSeries(series, _channels, Name);
        var input = _standardizer?.Transform(series) ?? series;
        return CausalScores.LowestBeforeFirstWindow(CausalScores.From(ensemble.Score(input)));
    }

    /// <summary>Disposes the ensemble's models.</summary>
    public void Dispose()
    {
        _ensemble?.Dispose();
        _ensemble = null;
    }
}
