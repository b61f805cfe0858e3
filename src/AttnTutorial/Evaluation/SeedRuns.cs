namespace AttnTutorial.Evaluation;

/// <summary>
/// Runs a recipe once per seed and summarises each number it reports as mean ± sd (<see cref="SeedSummary"/>): the
/// course's answer to "this ranking came from one lucky seed". Introduced in chapter 08.
/// </summary>
/// <example>
/// <code>
/// var auc = SeedRuns.Run([1, 2, 3], seed => TrainAndScore(recipe with { RandomSeed = seed }));
/// Console.WriteLine(auc);     // 0.912 ± 0.013 (3 seeds)
/// </code>
/// </example>
public static class SeedRuns
{
    /// <summary>Runs <paramref name="run"/> once per seed, in order, and summarises the number it returns.</summary>
    /// <param name="seeds">One or more different seeds.</param>
    /// <param name="run">Trains and evaluates with the given seed; returns one number (e.g. test ROC-AUC).</param>
    /// <param name="progress">Called after each seed with the seed and its value (the helper itself never prints).</param>
    public static SeedSummary Run(IReadOnlyList<int> seeds, Func<int, double> run, Action<int, double>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(run);
        var named = Run(seeds, seed => new Dictionary<string, double> { ["value"] = run(seed) },
            progress is null ? null : (seed, values) => progress(seed, values["value"]));
        return named["value"];
    }

    /// <summary>
    /// Runs <paramref name="run"/> once per seed and summarises every number it returns by name, e.g. one per model
    /// when each seed trains several models, so that they are compared on the same seeds.
    /// </summary>
    /// <param name="seeds">One or more different seeds.</param>
    /// <param name="run">Trains and evaluates with the given seed; returns name → number, the same names every time.</param>
    /// <param name="progress">Called after each seed with the seed and its numbers.</param>
    /// <returns>Name → summary, in the order the first run returned the names.</returns>
    public static IReadOnlyDictionary<string, SeedSummary> Run(
        IReadOnlyList<int> seeds,
        Func<int, IReadOnlyDictionary<string, double>> run,
        Action<int, IReadOnlyDictionary<string, double>>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(seeds);
        ArgumentNullException.ThrowIfNull(run);
        InvalidOptionException.ThrowUnless(seeds.Count >= 1 && seeds.Distinct().Count() == seeds.Count, nameof(seeds), string.Join(",", seeds), "one or more different seeds");
        List<string>? names = null;
        var values = new Dictionary<string, List<double>>();
        foreach (var seed in seeds)
        {
            var result = run(seed) ?? throw new InvalidOperationException($"The run for seed {seed} returned null.");
            if (names is null)
            {
                names = result.Keys.ToList();
                foreach (var name in names) values[name] = [];
            }
            else if (result.Count != names.Count || names.Any(n => !result.ContainsKey(n)))
            {
                throw new InvalidOperationException(
                    $"The run for seed {seed} returned [{string.Join(", ", result.Keys)}] but the first run returned [{string.Join(", ", names)}]; every run must report the same numbers.");
            }
            foreach (var name in names) values[name].Add(result[name]);
            progress?.Invoke(seed, result);
        }
        var ordered = new Dictionary<string, SeedSummary>();
        foreach (var name in names!) ordered[name] = new SeedSummary(seeds.ToArray(), values[name]);
        return ordered;
    }
}
