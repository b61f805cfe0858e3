using AttnTutorial.Training;

namespace AttnTutorial.RealData;

/// <summary>
/// Several <see cref="WindowDetector"/>s trained with the same recipe and different seeds, scored together by
/// averaging: the steady answer to "this result depends on the seed".
/// </summary>
/// <remarks>
/// A detector trained on a few thousand injected windows is undertrained, and its test scores move a lot with the
/// seed (initialisation, shuffling and which anomalies were injected where). Averaging the members' probabilities
/// cancels much of that noise, and the members' own scores show how large it was. Each member uses its seed for
/// both <see cref="TrainerOptions.RandomSeed"/> and <see cref="InjectionOptions.RandomSeed"/>.
/// </remarks>
/// <example>
/// <code>
/// using var ensemble = DetectorEnsemble.Train(train, validation, RealDataRecipe.NycTaxi, seeds: [1, 2, 3, 4, 5]);
/// var each = ensemble.ScoreEach(series);          // one StepScores per member
/// var scores = DetectorEnsemble.Average(each);    // what the ensemble alarms on
/// </code>
/// </example>
public sealed class DetectorEnsemble : IDisposable
{
    private DetectorEnsemble(IReadOnlyList<WindowDetector> members, IReadOnlyList<int> seeds)
    {
        Members = members;
        Seeds = seeds;
    }

    /// <summary>The trained members, in the order of <see cref="Seeds"/>.</summary>
    public IReadOnlyList<WindowDetector> Members { get; }

    /// <summary>Each member's seed.</summary>
    public IReadOnlyList<int> Seeds { get; }

    /// <summary>Trains one member per seed on one training and one validation part.</summary>
    /// <param name="training">The training part (mostly normal; its labels are ignored).</param>
    /// <param name="validation">A held-out part for early stopping.</param>
    /// <param name="recipe">The settings shared by every member; its seeds are replaced by each member's.</param>
    /// <param name="seeds">One seed per member, all different; at least one.</param>
    /// <param name="progress">Called with the member's index (0-based) and its trainer's progress after every batch.</param>
    /// <param name="cancellationToken">Stops training between batches.</param>
    public static DetectorEnsemble Train(
        TimeSeries training,
        TimeSeries validation,
        RealDataRecipe recipe,
        IReadOnlyList<int> seeds,
        IProgress<(int Member, TrainingProgress Progress)>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(training);
        ArgumentNullException.ThrowIfNull(validation);
        return Train([training], [validation], recipe, seeds, progress, cancellationToken);
    }

    /// <summary>Trains one member per seed on several parts, e.g. from <see cref="TimeSeries.InterleavedSplit"/>.</summary>
    /// <inheritdoc cref="Train(TimeSeries, TimeSeries, RealDataRecipe, IReadOnlyList{int}, IProgress{ValueTuple{int, TrainingProgress}}?, CancellationToken)"/>
    public static DetectorEnsemble Train(
        IReadOnlyList<TimeSeries> training,
        IReadOnlyList<TimeSeries> validation,
        RealDataRecipe recipe,
        IReadOnlyList<int> seeds,
        IProgress<(int Member, TrainingProgress Progress)>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(recipe);
        ArgumentNullException.ThrowIfNull(seeds);
        InvalidOptionException.ThrowUnless(seeds.Count >= 1 && seeds.Distinct().Count() == seeds.Count, nameof(seeds), string.Join(",", seeds), "one or more different seeds");
        var members = new List<WindowDetector>();
        try
        {
            for (int i = 0; i < seeds.Count; i++)
            {
                int member = i;
                var memberRecipe = recipe with
                {
                    Training = recipe.Training with { RandomSeed = seeds[i] },
                    Injection = recipe.Injection with { RandomSeed = seeds[i] },
                };
                var memberProgress = progress is null ? null : new CallbackProgress<TrainingProgress>(p => progress.Report((member, p)));
                members.Add(WindowDetector.Train(training, validation, memberRecipe, memberProgress, cancellationToken));
            }
            return new DetectorEnsemble(members, seeds.ToArray());
        }
        catch
        {
            foreach (var m in members) m.Dispose();
            throw;
        }
    }

    /// <summary>Each member's scores and attention over <paramref name="series"/> (see <see cref="WindowDetector.Score"/>).</summary>
    public StepScores[] ScoreEach(TimeSeries series) => Members.Select(m => m.Score(series)).ToArray();

    /// <summary>The ensemble's scores over <paramref name="series"/>: the members' averaged (<see cref="Average"/>).</summary>
    public StepScores Score(TimeSeries series) => Average(ScoreEach(series));

    /// <summary>
    /// Step by step and window by window, the mean of the members' scores and attention. The members must have scored
    /// the same series with the same windows.
    /// </summary>
    public static StepScores Average(IReadOnlyList<StepScores> members)
    {
        ArgumentNullException.ThrowIfNull(members);
        if (members.Count == 0) throw new ArgumentException("No member scores to average.", nameof(members));
        var first = members[0];
        for (int i = 1; i < members.Count; i++)
        {
            if (members[i].Length != first.Length || !members[i].WindowStarts.SequenceEqual(first.WindowStarts))
                throw new ArgumentException($"member {i} scored {members[i].Length} steps in {members[i].WindowStarts.Length} windows; member 0 scored {first.Length} in {first.WindowStarts.Length}. Score the same series with the same recipe.", nameof(members));
        }
        float[] Mean(Func<StepScores, float[]> pick) =>
            Enumerable.Range(0, pick(first).Length).Select(t => (float)members.Average(m => pick(m)[t])).ToArray();
        return first with { Scores = Mean(m => m.Scores), Attention = Mean(m => m.Attention), WindowScores = Mean(m => m.WindowScores) };
    }

    /// <summary>Per channel, the members' mean <see cref="WindowDetector.ExplainChannels"/> over <paramref name="range"/>.</summary>
    public float[] ExplainChannels(TimeSeries series, StepRange range)
    {
        var shares = Members.Select(m => m.ExplainChannels(series, range)).ToArray();
        return Enumerable.Range(0, shares[0].Length).Select(c => shares.Average(s => s[c])).Select(v => (float)v).ToArray();
    }

    /// <summary>Disposes every member.</summary>
    public void Dispose()
    {
        foreach (var m in Members) m.Dispose();
    }
}
