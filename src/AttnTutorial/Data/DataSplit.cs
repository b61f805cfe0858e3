namespace AttnTutorial.Data;

/// <summary>Indices of the train, validation and test series; disjoint and covering every series once. Introduced in chapter 02.</summary>
public sealed record DataSplit(int[] Train, int[] Validation, int[] Test)
{
    /// <summary>
    /// Shuffles 0..count-1 with <paramref name="seed"/> and cuts it 70/15/15 (by default); the test part takes the rest.
    /// </summary>
    public static DataSplit Create(int count, int seed, double trainFraction = 0.7, double validationFraction = 0.15)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 3, nameof(count));
        if (trainFraction <= 0 || validationFraction <= 0 || trainFraction + validationFraction >= 1)
            throw new ArgumentOutOfRangeException(nameof(trainFraction), $"train ({trainFraction}) and validation ({validationFraction}) fractions must be positive and sum to less than 1.");
        var order = Enumerable.Range(0, count).ToArray();
        new Random(seed).Shuffle(order);
        int train = Math.Max(1, (int)Math.Round(count * trainFraction));
        int validation = Math.Max(1, (int)Math.Round(count * validationFraction));
        if (train + validation >= count) train = count - validation - 1;
        return new DataSplit(order[..train], order[train..(train + validation)], order[(train + validation)..]);
    }

    /// <summary>Picks the samples at <paramref name="indices"/>.</summary>
    public static IReadOnlyList<T> Take<T>(IReadOnlyList<T> items, int[] indices) => indices.Select(i => items[i]).ToArray();
}
