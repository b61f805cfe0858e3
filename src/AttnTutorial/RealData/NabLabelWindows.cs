using System.Globalization;
using System.Text.Json;

namespace AttnTutorial.RealData;

/// <summary>
/// NAB's labelled anomaly windows (<c>combined_windows.json</c>): a JSON object whose keys are data files such as
/// <c>"realKnownCause/nyc_taxi.csv"</c> and whose values are lists of <c>[start, end]</c> timestamp pairs, both ends
/// inclusive.
/// </summary>
public static class NabLabelWindows
{
    /// <summary>The windows for one data file, in file order.</summary>
    /// <param name="path">The JSON file.</param>
    /// <param name="key">The data file's key, e.g. "realKnownCause/nyc_taxi.csv".</param>
    /// <exception cref="DataFormatException">The file is not valid JSON of that shape, or has no such key (the message lists keys with the same file name).</exception>
    public static IReadOnlyList<TimeWindow> Read(string path, string key)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"{path}: no such file.", path);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(File.ReadAllText(path));
        }
        catch (JsonException e)
        {
            throw new DataFormatException(path, (int)(e.LineNumber ?? 0) + 1, (int)(e.BytePositionInLine ?? 0) + 1, $"not valid JSON: {e.Message}");
        }
        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
                throw new DataFormatException(path, 1, 1, "expected a JSON object mapping data files to window lists.");
            if (!document.RootElement.TryGetProperty(key, out var list))
            {
                var name = key.Split('/')[^1];
                var similar = document.RootElement.EnumerateObject().Select(p => p.Name).Where(k => k.EndsWith(name, StringComparison.OrdinalIgnoreCase)).ToArray();
                throw new DataFormatException(path, 1, 0, $"no key '{key}'" + (similar.Length > 0 ? $"; did you mean {string.Join(", ", similar.Select(s => $"'{s}'"))}?" : "."));
            }
            var windows = new List<TimeWindow>();
            foreach (var pair in list.EnumerateArray())
            {
                if (pair.ValueKind != JsonValueKind.Array || pair.GetArrayLength() != 2)
                    throw new DataFormatException(path, 0, 0, $"window {windows.Count + 1} of '{key}' is not a [start, end] pair.");
                var start = Timestamp(pair[0], path, key, windows.Count + 1);
                var end = Timestamp(pair[1], path, key, windows.Count + 1);
                if (end < start) throw new DataFormatException(path, 0, 0, $"window {windows.Count + 1} of '{key}' ends ({end:u}) before it starts ({start:u}).");
                windows.Add(new TimeWindow(start, end));
            }
            return windows;
        }
    }

    /// <summary>Per-step labels for <paramref name="timestamps"/>: true inside any window.</summary>
    public static bool[] ToStepLabels(IReadOnlyList<TimeWindow> windows, IReadOnlyList<DateTime> timestamps)
    {
        var labels = new bool[timestamps.Count];
        for (int t = 0; t < labels.Length; t++) labels[t] = windows.Any(w => w.Contains(timestamps[t]));
        return labels;
    }

    /// <summary>
    /// Each window as the steps it covers, [first step inside, one past the last step inside), in window order.
    /// A window that covers no step of the series is left out. Timestamps need not be sorted.
    /// </summary>
    public static IReadOnlyList<StepRange> ToStepRanges(IReadOnlyList<TimeWindow> windows, IReadOnlyList<DateTime> timestamps)
    {
        var ranges = new List<StepRange>();
        foreach (var window in windows)
        {
            int first = -1, last = -1;
            for (int t = 0; t < timestamps.Count; t++)
            {
                if (!window.Contains(timestamps[t])) continue;
                if (first < 0) first = t;
                last = t;
            }
            if (first >= 0) ranges.Add(new StepRange(first, last + 1));
        }
        return ranges;
    }

    /// <summary>The series with NAB's windows as its labels.</summary>
    public static TimeSeries Apply(TimeSeries series, IReadOnlyList<TimeWindow> windows)
    {
        var timestamps = series.Timestamps ?? throw new ArgumentException($"{series.SourceFile} has no timestamps to match windows against.", nameof(series));
        return series.WithLabels(ToStepLabels(windows, timestamps));
    }

    private static DateTime Timestamp(JsonElement element, string path, string key, int window)
    {
        if (element.ValueKind == JsonValueKind.String
            && DateTime.TryParse(element.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            return time;
        }
        throw new DataFormatException(path, 0, 0, $"window {window} of '{key}' has '{element}', which is not a timestamp.");
    }
}
