namespace AttnTutorial.Data;

/// <summary>Cuts 0..count-1 into batches, shuffled by a seeded random source when one is given. Introduced in chapter 05.</summary>
public static class BatchSampler
{
    /// <summary>Batches of indices; the last one may be smaller. Pass null to keep order (evaluation).</summary>
    public static IEnumerable<long[]> Batches(int count, int batchSize, Random? shuffle)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1, nameof(batchSize));
        var order = Enumerable.Range(0, count).Select(i => (long)i).ToArray();
        shuffle?.Shuffle(order);
        for (int start = 0; start < count; start += batchSize)
        {
            yield return order[start..Math.Min(start + batchSize, count)];
        }
    }
}
