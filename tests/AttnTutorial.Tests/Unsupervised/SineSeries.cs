using AttnTutorial.RealData;

namespace AttnTutorial.Tests.Unsupervised;

/// <summary>Small clean multichannel sines for the unsupervised detectors, and the same with anomalies written in.</summary>
internal static class SineSeries
{
    /// <summary>C channels of period-<paramref name="period"/> sines with channel-shifted phase plus a little seeded noise.</summary>
    public static TimeSeries Clean(int length, int channels = 2, int period = 20, int seed = 1, string file = "sine.csv")
    {
        var random = new Random(seed);
        var values = new float[channels][];
        for (int c = 0; c < channels; c++)
        {
            values[c] = new float[length];
            for (int t = 0; t < length; t++)
                values[c][t] = (float)(Math.Sin(2 * Math.PI * t / period + c) + 0.05 * (random.NextDouble() - 0.5));
        }
        return new TimeSeries(values, null, new bool[length], Enumerable.Range(0, channels).Select(c => $"c{c}").ToArray(), file);
    }

    /// <summary>
    /// A clean sine with a spike of +4 in channel 0 at each of <paramref name="spikes"/> and, from each of
    /// <paramref name="flats"/>, 10 steps held at their first value in every channel; those steps are labelled.
    /// </summary>
    public static TimeSeries WithAnomalies(int length, int[] spikes, int[] flats, int channels = 2, int seed = 2)
    {
        var series = Clean(length, channels, seed: seed, file: "sine-test.csv");
        var labels = new bool[length];
        foreach (int t in spikes)
        {
            series.Channels[0][t] += 4f;
            labels[t] = true;
        }
        foreach (int start in flats)
        {
            for (int c = 0; c < channels; c++)
            {
                for (int t = start; t < start + 10; t++) series.Channels[c][t] = series.Channels[c][start];
            }
            for (int t = start; t < start + 10; t++) labels[t] = true;
        }
        return series.WithLabels(labels);
    }
}
