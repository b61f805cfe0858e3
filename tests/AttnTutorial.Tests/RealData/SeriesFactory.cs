using AttnTutorial.RealData;

namespace AttnTutorial.Tests.RealData;

internal static class SeriesFactory
{
    /// <summary>A series without timestamps from per-channel values; labels from <paramref name="labelled"/> steps.</summary>
    public static TimeSeries Make(float[][] channels, params int[] labelled)
    {
        var labels = new bool[channels[0].Length];
        foreach (int t in labelled) labels[t] = true;
        return new TimeSeries(channels, null, labels, channels.Select((_, c) => $"c{c}").ToArray(), "test.csv");
    }

    public static TimeSeries Ramp(int length, params int[] labelled) =>
        Make([Enumerable.Range(0, length).Select(t => (float)t).ToArray()], labelled);
}
