namespace AttnTutorial.RealData;

/// <summary>
/// Finds and fills missing values. The readers keep a missing cell as NaN rather than dropping its row, because
/// dropping a row silently shifts every later step against its timestamp and its label.
/// </summary>
public static class MissingValues
{
    /// <summary>Where <paramref name="series"/> has NaN values.</summary>
    public static MissingValueReport Detect(TimeSeries series)
    {
        ArgumentNullException.ThrowIfNull(series);
        var steps = series.Channels
            .Select(values => Enumerable.Range(0, values.Length).Where(t => float.IsNaN(values[t])).ToArray())
            .ToArray();
        return new MissingValueReport(series.ChannelNames, steps);
    }

    /// <summary>A copy of <paramref name="series"/> with every NaN replaced by <paramref name="method"/>; labels and timestamps unchanged.</summary>
    /// <exception cref="ArgumentException">A channel has no observed value at all, so there is nothing to fill from.</exception>
    public static TimeSeries Fill(TimeSeries series, FillMethod method)
    {
        ArgumentNullException.ThrowIfNull(series);
        var channels = new float[series.ChannelCount][];
        for (int c = 0; c < series.ChannelCount; c++)
        {
            var values = (float[])series.Channels[c].Clone();
            if (values.All(float.IsNaN))
                throw new ArgumentException($"{series.SourceFile}: channel '{series.ChannelNames[c]}' has no observed value to fill from.", nameof(series));
            switch (method)
            {
                case FillMethod.Previous: FillPrevious(values); break;
                case FillMethod.Linear: FillLinear(values); break;
                case FillMethod.Mean: FillMean(values); break;
                default: throw new InvalidOptionException(nameof(method), method, "Previous, Linear or Mean");
            }
            channels[c] = values;
        }
        return series with { Channels = channels };
    }

    private static void FillPrevious(float[] values)
    {
        float last = values.First(v => !float.IsNaN(v));
        for (int t = 0; t < values.Length; t++)
        {
            if (float.IsNaN(values[t])) values[t] = last;
            else last = values[t];
        }
    }

    private static void FillLinear(float[] values)
    {
        int previous = -1;
        for (int t = 0; t <= values.Length; t++)
        {
            if (t < values.Length && float.IsNaN(values[t])) continue;
            // Steps previous+1 .. t-1 are missing; interpolate between the observed ends (or hold the one that exists).
            for (int k = previous + 1; k < t; k++)
            {
                values[k] = previous < 0 ? values[t]
                    : t == values.Length ? values[previous]
                    : values[previous] + (values[t] - values[previous]) * (k - previous) / (t - previous);
            }
            previous = t;
        }
    }

    private static void FillMean(float[] values)
    {
        double sum = 0;
        int count = 0;
        foreach (float v in values)
        {
            if (float.IsNaN(v)) continue;
            sum += v;
            count++;
        }
        float mean = (float)(sum / count);
        for (int t = 0; t < values.Length; t++)
        {
            if (float.IsNaN(values[t])) values[t] = mean;
        }
    }
}
