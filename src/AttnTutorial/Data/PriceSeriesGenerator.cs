namespace AttnTutorial.Data;

/// <summary>
/// The financial case study's data: bars of open, high, low, close and volume (5 channels, in that order) from a
/// geometric random walk, a chosen share with a price jump, a volume burst or a frozen quote injected over a few bars.
/// Deterministic for a given <see cref="PriceSeriesOptions.RandomSeed"/>.
/// </summary>
/// <remarks>
/// A bar: close_t = close_{t−1}·exp(σ·z), open_t = close_{t−1}, high and low a random half-σ beyond the larger and
/// smaller of the two, volume = base·exp(spread·z′). The mask marks the anomalous bars [start, end) and
/// <see cref="SeriesSample.AnomalousChannels"/> the channels touched: 0–3 for a jump, 4 for a burst, all five for a
/// frozen quote — the ground truth for per-channel attribution.
/// </remarks>
public static class PriceSeriesGenerator
{
    /// <summary>Channel names in channel order.</summary>
    public static IReadOnlyList<string> ChannelNames { get; } = ["open", "high", "low", "close", "volume"];

    private const int Open = 0, High = 1, Low = 2, Close = 3, Volume = 4;

    /// <summary>Generates <see cref="PriceSeriesOptions.Count"/> series; exactly round(Count·NormalRatio) are normal, in shuffled order.</summary>
    public static IReadOnlyList<SeriesSample> Generate(PriceSeriesOptions options)
    {
        options.Validate();
        var random = new Random(options.RandomSeed);
        var isAnomalous = SyntheticSeriesGenerator.ShuffledAnomalyFlags(options.Count, options.NormalRatio, random);
        return isAnomalous.Select(anomalous => GenerateOne(options, random, anomalous)).ToArray();
    }

    /// <summary>Generates one series from the given random source.</summary>
    public static SeriesSample GenerateOne(PriceSeriesOptions options, Random random, bool anomalous)
    {
        int length = options.Length;
        var bars = Walk(options, random);
        var mask = new bool[length];
        if (!anomalous) return new SeriesSample(bars, 0, mask, AnomalyKind.None, -1, -1, []);

        var kind = options.Kinds[random.Next(options.Kinds.Count)];
        int span = random.Next(options.AnomalyLengthMin, options.AnomalyLengthMax + 1);
        // Start at bar 1 or later so a frozen quote has a bar to repeat.
        int start = random.Next(1, length - span + 1);
        int end = start + span;
        int[] channels;
        switch (kind)
        {
            case AnomalyKind.PriceJump:
                double jump = SyntheticSeriesGenerator.Uniform(random, options.JumpMin, options.JumpMax);
                float factor = (float)(random.Next(2) == 0 ? 1 - jump : 1 + jump);
                // The bars after the span keep the walk's own prices, so the price returns: a dislocation, not a new level.
                foreach (int c in new[] { Open, High, Low, Close })
                {
                    for (int t = start; t < end; t++) bars[c][t] *= factor;
                }
                channels = [Open, High, Low, Close];
                break;
            case AnomalyKind.VolumeBurst:
                float burst = (float)SyntheticSeriesGenerator.Uniform(random, options.BurstMin, options.BurstMax);
                for (int t = start; t < end; t++) bars[Volume][t] *= burst;
                channels = [Volume];
                break;
            case AnomalyKind.FrozenQuote:
                foreach (var channel in bars) Array.Fill(channel, channel[start - 1], start, span);
                channels = [Open, High, Low, Close, Volume];
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(options), kind, $"Price series inject only {InjectableKinds.Price}.");
        }
        Array.Fill(mask, true, start, span);
        return new SeriesSample(bars, 1, mask, kind, start, end, channels);
    }

    private static float[][] Walk(PriceSeriesOptions options, Random random)
    {
        int length = options.Length;
        var bars = new float[5][];
        for (int c = 0; c < 5; c++) bars[c] = new float[length];
        double sigma = options.Volatility;
        double close = options.StartPrice * SyntheticSeriesGenerator.Uniform(random, 0.5, 2);
        for (int t = 0; t < length; t++)
        {
            double open = close;
            close = open * Math.Exp(sigma * SyntheticSeriesGenerator.Gaussian(random));
            double high = Math.Max(open, close) * Math.Exp(Math.Abs(SyntheticSeriesGenerator.Gaussian(random)) * sigma / 2);
            double low = Math.Min(open, close) * Math.Exp(-Math.Abs(SyntheticSeriesGenerator.Gaussian(random)) * sigma / 2);
            bars[Open][t] = (float)open;
            bars[High][t] = (float)high;
            bars[Low][t] = (float)low;
            bars[Close][t] = (float)close;
            bars[Volume][t] = (float)(options.BaseVolume * Math.Exp(options.VolumeSpread * SyntheticSeriesGenerator.Gaussian(random)));
        }
        return bars;
    }
}
