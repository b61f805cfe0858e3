namespace AttnTutorial.Data;

/// <summary>
/// Makes the course's synthetic series: amp·sin(f·t) on t ∈ [0, 2π], a chosen share of them with an
/// anomaly injected over a random segment. Deterministic for a given <see cref="SyntheticSeriesOptions.RandomSeed"/>.
/// Introduced in chapter 02.
/// </summary>
public static class SyntheticSeriesGenerator
{
    /// <summary>Generates <see cref="SyntheticSeriesOptions.Count"/> series; exactly round(Count·NormalRatio) are normal, in shuffled order.</summary>
    public static IReadOnlyList<SeriesSample> Generate(SyntheticSeriesOptions options)
    {
        options.Validate();
        var random = new Random(options.RandomSeed);
        var isAnomalous = ShuffledAnomalyFlags(options.Count, options.NormalRatio, random);

        var samples = new SeriesSample[options.Count];
        for (int i = 0; i < options.Count; i++)
        {
            samples[i] = GenerateOne(options, random, isAnomalous[i]);
        }
        return samples;
    }

    /// <summary>Generates one series from the given random source.</summary>
    public static SeriesSample GenerateOne(SyntheticSeriesOptions options, Random random, bool anomalous)
    {
        int length = options.Length;
        double frequency = Uniform(random, options.FrequencyMin, options.FrequencyMax);
        double amplitude = Uniform(random, options.AmplitudeMin, options.AmplitudeMax);
        var channels = new float[options.Channels][];
        for (int c = 0; c < options.Channels; c++)
        {
            channels[c] = BaseChannel(c, length, frequency, amplitude, random);
        }

        var mask = new bool[length];
        if (!anomalous)
        {
            return new SeriesSample(channels, 0, mask, AnomalyKind.None, -1, -1, []);
        }

        var kind = options.Kinds[random.Next(options.Kinds.Count)];
        // The seed: start = U[0, 0.9]·T, length = U[0.1, 0.5]·T, end clipped to the series.
        int start = (int)(Uniform(random, 0, options.AnomalyStartRatioMax) * length);
        int span = Math.Max(1, (int)(Uniform(random, options.AnomalyLengthRatioMin, options.AnomalyLengthRatioMax) * length));
        int end = Math.Min(start + span, length);

        int[] targets = PickChannels(random, options.Channels, options.AnomalousChannelCount);
        bool[] spikeAt = kind == AnomalyKind.Spike ? PickSpikes(random, start, end) : [];
        foreach (int c in targets)
        {
            AnomalyInjector.Inject(kind, channels[c], start, end, amplitude * options.NoiseScale, spikeAt, amplitude, random);
        }

        if (kind == AnomalyKind.Spike)
        {
            // Only the spiked steps are anomalous; the span is tightened around them.
            for (int t = start; t < end; t++) mask[t] = spikeAt[t - start];
            start = Array.IndexOf(mask, true);
            end = Array.LastIndexOf(mask, true) + 1;
        }
        else
        {
            Array.Fill(mask, true, start, end - start);
        }
        return new SeriesSample(channels, 1, mask, kind, start, end, targets);
    }

    private static float[] BaseChannel(int channel, int length, double frequency, double amplitude, Random random)
    {
        var values = new float[length];
        double walk = 0;
        for (int t = 0; t < length; t++)
        {
            double time = 2 * Math.PI * t / (length - 1);
            values[t] = channel switch
            {
                0 => (float)(amplitude * Math.Sin(frequency * time)),
                1 => (float)(amplitude * Math.Cos(frequency * time)),
                // A random walk whose steps scale with the amplitude so all channels span similar ranges.
                _ => (float)(walk += amplitude * 0.1 * Gaussian(random)),
            };
        }
        return values;
    }

    private static int[] PickChannels(Random random, int channels, int count)
    {
        var all = Enumerable.Range(0, channels).ToArray();
        random.Shuffle(all);
        var picked = all[..count];
        Array.Sort(picked);
        return picked;
    }

    // One to three spikes inside the segment, at distinct steps.
    private static bool[] PickSpikes(Random random, int start, int end)
    {
        var at = new bool[end - start];
        int spikes = Math.Min(at.Length, 1 + random.Next(3));
        for (int placed = 0; placed < spikes;)
        {
            int t = random.Next(at.Length);
            if (!at[t]) { at[t] = true; placed++; }
        }
        return at;
    }

    /// <summary>Exactly round(count·normalRatio) false (normal) flags and the rest true, in shuffled order.</summary>
    internal static bool[] ShuffledAnomalyFlags(int count, double normalRatio, Random random)
    {
        int normalCount = (int)Math.Round(count * normalRatio);
        var isAnomalous = new bool[count];
        for (int i = normalCount; i < count; i++) isAnomalous[i] = true;
        random.Shuffle(isAnomalous);
        return isAnomalous;
    }

    internal static double Uniform(Random random, double min, double max) => min + (max - min) * random.NextDouble();

    /// <summary>A standard normal draw (Box–Muller), so no extra dependency decides the numbers.</summary>
    internal static double Gaussian(Random random)
    {
        double u1 = 1.0 - random.NextDouble();
        double u2 = random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }
}
