using AttnTutorial.Data;

namespace AttnTutorial.RealData;

/// <summary>
/// Writes synthetic anomalies into copies of real windows. Real training parts are unlabelled and mostly normal,
/// so a classifier has nothing to contrast them with; a copy of the same window with a spike, shift, flat or noisy
/// segment teaches it "this is what normal looks like, and this is not", in the data's own units.
/// </summary>
public static class WindowAnomalyInjector
{
    /// <summary>Returns every window (normal) followed by its anomalous copies; the inputs are not changed.</summary>
    /// <param name="windows">Training windows, e.g. <see cref="SeriesWindows.Samples"/> of the training part. Their own labels are ignored: they are treated as normal.</param>
    /// <param name="channelStd">σ per channel from the training part, e.g. <see cref="Standardizer.Std"/> (pass all 1s for a series already in z units).</param>
    /// <param name="options">What to inject.</param>
    public static InjectedWindows Inject(IReadOnlyList<SeriesSample> windows, IReadOnlyList<float> channelStd, InjectionOptions options)
    {
        ArgumentNullException.ThrowIfNull(windows);
        ArgumentNullException.ThrowIfNull(channelStd);
        options.Validate();
        var random = new Random(options.RandomSeed);
        var samples = new List<SeriesSample>();
        foreach (var window in windows)
        {
            if (window.ChannelCount != channelStd.Count)
                throw new ArgumentException($"A window has {window.ChannelCount} channels but channelStd has {channelStd.Count}.", nameof(channelStd));
            samples.Add(window with { Label = 0, Mask = new bool[window.Length], Kind = AnomalyKind.None, AnomalyStart = -1, AnomalyEnd = -1, AnomalousChannels = [] });
            for (int copy = 0; copy < options.AnomalousCopies; copy++)
            {
                var kind = options.Kinds[random.Next(options.Kinds.Count)];
                samples.Add(InjectOne(window, kind, channelStd, options, random));
            }
        }
        return new InjectedWindows(samples);
    }

    private static SeriesSample InjectOne(SeriesSample window, AnomalyKind kind, IReadOnlyList<float> channelStd, InjectionOptions options, Random random)
    {
        int length = window.Length;
        int span = Math.Max(1, (int)(SyntheticSeriesGenerator.Uniform(random, options.SegmentFractionMin, options.SegmentFractionMax) * length));
        int start = random.Next(length - span + 1);
        int end = start + span;

        var all = Enumerable.Range(0, window.ChannelCount).ToArray();
        random.Shuffle(all);
        var targets = all[..(1 + random.Next(Math.Min(options.MaxChannels, window.ChannelCount)))];
        Array.Sort(targets);

        var mask = new bool[length];
        if (kind == AnomalyKind.Spike)
        {
            // One to three distinct spiked steps; only they are anomalous.
            for (int placed = 0, wanted = Math.Min(span, 1 + random.Next(3)); placed < wanted;)
            {
                int t = start + random.Next(span);
                if (!mask[t]) { mask[t] = true; placed++; }
            }
        }
        else
        {
            Array.Fill(mask, true, start, span);
        }

        var channels = window.Channels.Select(c => (float[])c.Clone()).ToArray();
        foreach (int c in targets)
        {
            double scale = Math.Max(channelStd[c], options.MinScale);
            double size = SyntheticSeriesGenerator.Uniform(random, options.MagnitudeMin, options.MagnitudeMax) * scale;
            double sign = random.Next(2) == 0 ? -1 : 1;
            var values = channels[c];
            for (int t = start; t < end; t++)
            {
                values[t] = kind switch
                {
                    AnomalyKind.Spike => mask[t] ? (float)(values[t] + sign * size) : values[t],
                    AnomalyKind.LevelShift => (float)(values[t] + sign * size),
                    AnomalyKind.Flat => values[start],
                    AnomalyKind.Noise => (float)(values[t] + size / 2 * SyntheticSeriesGenerator.Gaussian(random)),
                    _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, $"Real windows take only {InjectableKinds.RealWindows}."),
                };
            }
        }
        return new SeriesSample(channels, 1, mask, kind, Array.IndexOf(mask, true), Array.LastIndexOf(mask, true) + 1, targets);
    }
}
