using AttnTutorial.RealData;
using AttnTutorial.Tests.RealData;

namespace AttnTutorial.Tests.Unsupervised;

/// <summary>Small series for the unsupervised detectors: a clean sine to learn from and one with labelled anomalies.</summary>
internal static class UnsupervisedSeries
{
    /// <summary>a·sin(2πt/20 + c) in channel c, unlabelled.</summary>
    public static TimeSeries Sine(int length, int channels = 1, int offset = 0, float amplitude = 1) =>
        SeriesFactory.Make(Enumerable.Range(0, channels)
            .Select(c => Enumerable.Range(offset, length).Select(t => amplitude * (float)Math.Sin(2 * Math.PI * t / 20 + c)).ToArray()).ToArray());

    /// <summary>The sine with each range's values set to <paramref name="level"/> in every channel, and labelled.</summary>
    public static TimeSeries WithShifts(TimeSeries series, float level, params StepRange[] ranges)
    {
        var channels = series.Channels.Select(c => c.ToArray()).ToArray();
        var labels = new bool[series.Length];
        foreach (var r in ranges)
        {
            for (int t = r.Start; t < r.End; t++)
            {
                labels[t] = true;
                foreach (var c in channels) c[t] = level;
            }
        }
        return series with { Channels = channels, Labels = labels };
    }
}
