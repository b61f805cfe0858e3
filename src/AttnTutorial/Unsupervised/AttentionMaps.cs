namespace AttnTutorial.Unsupervised;

/// <summary>
/// The attention maps of the one window a detector used to score step <see cref="Step"/>: what chapter 13 draws at a
/// detected anomaly and at a normal stretch.
/// </summary>
/// <param name="Step">The scored step t.</param>
/// <param name="WindowStart">The window's first step on the series' axis; row and column i of a map are step WindowStart + i.</param>
/// <param name="Weights">[layer][head][i][j]: how much window step i drew on window step j; every row sums to 1.</param>
public sealed record AttentionMaps(int Step, int WindowStart, float[][][][] Weights)
{
    /// <summary>Steps L in the window.</summary>
    public int Length => Weights[0][0].Length;

    /// <summary>Layer <paramref name="layer"/>'s map averaged over heads, [i][j], rows summing to 1 (for a heatmap).</summary>
    public float[][] HeadMean(int layer)
    {
        if (layer < 0 || layer >= Weights.Length)
            throw new ArgumentOutOfRangeException(nameof(layer), $"layer {layer} is not in [0, {Weights.Length}).");
        var heads = Weights[layer];
        return Enumerable.Range(0, Length)
            .Select(i => Enumerable.Range(0, Length).Select(j => heads.Average(h => h[i][j])).ToArray())
            .ToArray();
    }

    /// <summary>The last window step's row of <see cref="HeadMean"/> (length L): where the step that was scored looked, on the window's steps.</summary>
    public float[] LastRow(int layer) => HeadMean(layer)[^1];

    /// <summary>Maps laid out flat as [layers · heads · L · L] (a (layers, heads, L, L) tensor's data), unpacked.</summary>
    internal static AttentionMaps FromFlat(int step, int windowStart, float[] flat, int layers, int heads, int length)
    {
        if (flat.Length != layers * heads * length * length)
            throw new ArgumentException($"{flat.Length} weights are not {layers} layers × {heads} heads × {length}².", nameof(flat));
        var weights = Enumerable.Range(0, layers).Select(l =>
            Enumerable.Range(0, heads).Select(h =>
                Enumerable.Range(0, length).Select(i =>
                    flat.AsSpan(((l * heads + h) * length + i) * length, length).ToArray()).ToArray()).ToArray()).ToArray();
        return new AttentionMaps(step, windowStart, weights);
    }
}
