using System.Diagnostics;
using AttnTutorial.Evaluation;
using AttnTutorial.RealData;

namespace AttnTutorial.Unsupervised;

/// <summary>
/// Runs several <see cref="IUnsupervisedDetector"/>s over several seeds on one data set and reports, per detector,
/// ROC-AUC, AUC-PR and VUS-PR over the test part and, where the labels are event windows, the events caught, false
/// alarm runs, time in alarm and median detection delay, each as mean ± sd over the seeds (<see cref="SeedTable"/>).
/// Introduced in chapter 13.
/// </summary>
/// <remarks>
/// <para><b>Protocol.</b> Per seed and detector: fit on the training part without its last
/// <see cref="UnsupervisedBenchmarkOptions.ThresholdShare"/> (labels never read), then score one series made of the
/// last <see cref="UnsupervisedBenchmarkOptions.ContextSteps"/> fitted steps, the held-out part and the test part in
/// time order, so that scores are causal and the test part's first steps have full windows behind them. The
/// threshold-free metrics read the test part's scores; the alarm threshold for the event counts is a quantile of the
/// held-out part's scores, so no test label chooses it.</para>
/// <para><b>Metrics.</b> ROC-AUC and AUC-PR (average precision) per step (<see cref="BinaryMetrics"/>), VUS-PR with
/// buffers up to <see cref="UnsupervisedDataSet.VusMaxBuffer"/> (<see cref="VolumeUnderSurface"/>); with event labels,
/// <see cref="EventScoring"/>: events with an alarm inside, alarm runs touching no event, the share of the test part
/// in alarm, and the median over caught events of first alarm − event start, in steps (seeds that catch nothing have
/// no delay, so that cell averages fewer seeds, and is empty when no seed caught anything).</para>
/// <para>Deterministic detectors (the 3σ rule, PCA) give the same numbers every seed: their sd is 0, and a gap to them
/// is judged by the other detector's spread (<see cref="SeedSummary.Compare"/>).</para>
/// </remarks>
public static class UnsupervisedBenchmark
{
    /// <summary>Column: point-wise ROC-AUC over the test part.</summary>
    public const string RocAuc = "ROC-AUC";

    /// <summary>Column: average precision (area under the precision–recall curve) over the test part.</summary>
    public const string AucPr = "AUC-PR";

    /// <summary>Column: VUS-PR over the test part.</summary>
    public const string VusPr = "VUS-PR";

    /// <summary>Column (event labels only): labelled events with at least one alarm inside.</summary>
    public const string EventsCaught = "events caught";

    /// <summary>Column (event labels only): alarm runs that touch no event.</summary>
    public const string FalseAlarms = "false alarm runs";

    /// <summary>Column (event labels only): share of the test part in alarm.</summary>
    public const string InAlarm = "test in alarm";

    /// <summary>Column (event labels only): median detection delay over caught events, in steps.</summary>
    public const string MedianDelay = "median delay (steps)";

    private const string Separator = " · ";

    /// <summary>Fits and scores every detector once per seed on <paramref name="data"/> and summarises what it measured.</summary>
    /// <param name="data">The data set: a training part, a labelled test part with both classes.</param>
    /// <param name="detectors">The detectors, with different names. They are refitted every seed and left fitted with the last one.</param>
    /// <param name="options">Seeds and threshold rule; null for the defaults.</param>
    /// <param name="progress">Called after each fit and score with the detector's name, the seed and the time it took (the benchmark itself never prints).</param>
    /// <param name="cancellationToken">Checked before each fit.</param>
    public static UnsupervisedBenchmarkResult Run(
        UnsupervisedDataSet data,
        IReadOnlyList<IUnsupervisedDetector> detectors,
        UnsupervisedBenchmarkOptions? options = null,
        Action<string, int, TimeSpan>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(detectors);
        options = (options ?? new UnsupervisedBenchmarkOptions()).Validate();
        if (detectors.Count == 0) throw new ArgumentException("No detectors to compare.", nameof(detectors));
        var names = detectors.Select(d => d.Name).ToArray();
        var repeated = names.GroupBy(n => n).FirstOrDefault(g => g.Count() > 1);
        if (repeated is not null) throw new ArgumentException($"Two detectors are called '{repeated.Key}'; give each a different name.", nameof(detectors));
        if (data.Train.ChannelCount != data.Test.ChannelCount)
            throw new ArgumentException($"{data.Name}: the training part has {data.Train.ChannelCount} channels, the test part {data.Test.ChannelCount}.", nameof(data));
        int testAnomalies = data.Test.LabelledCount;
        if (testAnomalies == 0 || testAnomalies == data.Test.Length)
            throw new ArgumentException($"{data.Name}: the test part has {testAnomalies} labelled steps of {data.Test.Length}; the metrics need both classes.", nameof(data));

        int heldOut = (int)Math.Round(data.Train.Length * options.ThresholdShare);
        int fitEnd = data.Train.Length - heldOut;
        if (heldOut < 1 || fitEnd < 2 * data.WindowLength)
            throw new ArgumentException($"{data.Name}: a training part of {data.Train.Length} steps leaves {fitEnd} to fit and {heldOut} held out; both must be non-empty and the fit part at least two windows ({2 * data.WindowLength}).", nameof(data));
        var fitPart = data.Train.Slice(0, fitEnd);
        int contextStart = Math.Max(0, fitEnd - options.ContextSteps);
        var scored = TimeSeries.Concat([data.Train.Slice(contextStart, data.Train.Length), data.Test]);
        int heldOutFrom = fitEnd - contextStart, testFrom = data.Train.Length - contextStart;
        int[] labels = data.Test.LabelArray;
        var events = data.Test.LabelledRuns;
        var vus = new VolumeUnderSurfaceOptions { MaxBuffer = data.VusMaxBuffer };

        var testScores = new Dictionary<string, float[]>();
        var thresholds = new Dictionary<string, double>();
        var seconds = names.ToDictionary(n => n, _ => 0.0);
        var summaries = SeedRuns.Run(options.Seeds, seed =>
        {
            var values = new Dictionary<string, double>();
            foreach (var detector in detectors)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var watch = Stopwatch.StartNew();
                detector.Fit(fitPart, seed);
                var scores = detector.Score(scored);
                watch.Stop();
                if (scores is null || scores.Length != scored.Length)
                    throw new InvalidOperationException($"{detector.Name} returned {scores?.Length ?? 0} scores for a series of {scored.Length} steps.");
                var test = scores[testFrom..];
                if (test.Any(float.IsNaN)) throw new InvalidOperationException($"{detector.Name} scored NaN on {data.Name} with seed {seed}.");
                seconds[detector.Name] += watch.Elapsed.TotalSeconds / options.Seeds.Count;
                testScores[detector.Name] = test;
                string Key(string column) => detector.Name + Separator + column;
                values[Key(RocAuc)] = BinaryMetrics.RocAuc(test, labels)!.Value;
                values[Key(AucPr)] = BinaryMetrics.AveragePrecision(test, labels)!.Value;
                values[Key(VusPr)] = VolumeUnderSurface.Compute(test, labels, vus)!.PrVolume;
                if (data.EventLabels)
                {
                    double threshold = ThresholdSelection.QuantileOfTraining(scores[heldOutFrom..testFrom], options.ThresholdQuantile);
                    thresholds[detector.Name] = threshold;
                    var alarms = EventScoring.Alarms(test, threshold);
                    var report = EventScoring.Score(alarms, events);
                    values[Key(EventsCaught)] = report.DetectedCount;
                    values[Key(FalseAlarms)] = report.FalseAlarmCount;
                    values[Key(InAlarm)] = alarms.Count(a => a) / (double)alarms.Length;
                    values[Key(MedianDelay)] = report.MedianDelay ?? double.NaN;
                }
                progress?.Invoke(detector.Name, seed, watch.Elapsed);
            }
            return values;
        });

        var cells = new List<(string Row, string Column, SeedSummary Summary)>();
        foreach (var (key, summary) in summaries)
        {
            int at = key.LastIndexOf(Separator, StringComparison.Ordinal);
            string row = key[..at], column = key[(at + Separator.Length)..];
            // A seed that caught no event has no delay: average the seeds that have one, and leave the cell empty when none has.
            var defined = summary.Seeds.Zip(summary.Values).Where(p => !double.IsNaN(p.Second)).ToArray();
            if (defined.Length == 0) continue;
            cells.Add((row, column, defined.Length == summary.Values.Count ? summary : new SeedSummary(defined.Select(p => p.First).ToArray(), defined.Select(p => p.Second).ToArray())));
        }
        return new UnsupervisedBenchmarkResult(data, new SeedTable(cells), names, testScores, thresholds, seconds);
    }
}
