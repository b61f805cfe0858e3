using AttnTutorial.Data;

namespace AttnTutorial.Tests.Plotting;

/// <summary>Small deterministic series and attention weights for the chart tests (no generator needed).</summary>
internal static class TestSeries
{
    public const int Length = 100;

    /// <summary>A sine wave; anomalous kinds get their segment [40, 60) altered as the data chapter describes.</summary>
    public static SeriesSample Sample(AnomalyKind kind, int channels = 1, int seed = 0)
    {
        var random = new Random(seed);
        var data = new float[channels][];
        for (var c = 0; c < channels; c++)
        {
            data[c] = [.. Enumerable.Range(0, Length).Select(t => (float)(Math.Sin((t + (7 * c)) / 6.0) + (0.05 * random.NextDouble())))];
        }

        if (kind == AnomalyKind.None)
        {
            return new SeriesSample(data, 0, new bool[Length], kind, -1, -1, []);
        }

        const int start = 40, end = 60;
        var target = data[channels - 1];
        for (var t = start; t < end; t++)
        {
            target[t] = kind switch
            {
                AnomalyKind.Flat => target[start],
                AnomalyKind.Zero => 0f,
                AnomalyKind.Noise => target[t] + (float)(random.NextDouble() - 0.5),
                _ => t % 7 == 0 ? 3f : target[t],
            };
        }

        var mask = Enumerable.Range(0, Length).Select(t => t >= start && t < end).ToArray();
        return new SeriesSample(data, 1, mask, kind, start, end, [channels - 1]);
    }

    /// <summary>Softmax-like weights summing to 1 with a bump of the given height centred at <paramref name="peak"/>.</summary>
    public static float[] Weights(int peak, double sharpness = 0.05)
    {
        var raw = Enumerable.Range(0, Length).Select(t => Math.Exp(-sharpness * (t - peak) * (t - peak))).ToArray();
        var sum = raw.Sum();
        return [.. raw.Select(v => (float)(v / sum))];
    }
}
