using AttnTutorial.RealData;

namespace AttnTutorial.Unsupervised;

/// <summary>
/// One data set of chapter 13's comparison: a training part to learn normal from (its labels are never read), a
/// labelled test part that follows it in time, and the window length every method uses on it. Introduced in chapter 13.
/// </summary>
/// <param name="Name">Short name for tables, e.g. "SMD machine-2-1".</param>
/// <param name="Train">The training part (C channels × T steps, no missing values). It may hold anomalies: see <see cref="Contamination"/>.</param>
/// <param name="Test">The test part (same channels), labelled per step; it follows <paramref name="Train"/> in time.</param>
/// <param name="WindowLength">The window length L every method uses here (a day of taxi counts, chapter 12's 32 minutes on SMD).</param>
/// <param name="EventLabels">True when the labels are wide windows around events (NAB): then the benchmark also counts events caught and detection delay.</param>
/// <param name="Contamination">What is known about anomalies in the training part, in words, for the chapter's tables.</param>
public sealed record UnsupervisedDataSet(string Name, TimeSeries Train, TimeSeries Test, int WindowLength, bool EventLabels, string Contamination)
{
    /// <summary>The windows every method uses on this data set: length <see cref="WindowLength"/>, stride 1 (a score per step).</summary>
    public WindowOptions Windows => new() { Length = WindowLength, Stride = 1 };

    /// <summary>VUS's largest buffer: twice the window, as TSB-AD passes twice its window (chapter 12 did the same on SMD).</summary>
    public int VusMaxBuffer => 2 * WindowLength;

    /// <summary>
    /// SMD machine-2-1 (Su et al., KDD 2019): the published training file (unlabelled; the authors call it mostly
    /// normal) and the labelled test file that follows it. 38 metrics per minute; windows of 32 minutes.
    /// </summary>
    /// <param name="dataDir">The course's data folder (<see cref="CourseDataFolder.Find()"/>).</param>
    public static UnsupervisedDataSet SmdMachine21(string dataDir) =>
        PublishedSplit(dataDir, "smd-machine-2-1", "SMD machine-2-1",
            "unlabelled; the publishers call it mostly normal, and chapter 12 found two metrics drifting in its last fifth");

    /// <summary>
    /// ASD omi-1 (Li et al., InterFusion, KDD 2021): 30 days of training data (unlabelled) and the 15 labelled days
    /// after them. 19 metrics every 5 minutes; windows of 32 steps (160 minutes).
    /// </summary>
    /// <param name="dataDir">The course's data folder.</param>
    public static UnsupervisedDataSet AsdOmi1(string dataDir) =>
        PublishedSplit(dataDir, "asd-omi-1", "ASD omi-1", "unlabelled; the publishers describe the services as stable, without changes or drift");

    /// <summary>
    /// NAB nyc_taxi: no training file, so the part before 28 October 2014 (step 5,712, before the first labelled
    /// window) trains and the rest is the test part with all five events. Windows of 48 steps (one day).
    /// </summary>
    /// <param name="dataDir">The course's data folder.</param>
    public static UnsupervisedDataSet NycTaxi(string dataDir)
    {
        var series = Nab(dataDir, "nyc_taxi.csv");
        var (train, test) = series.SplitAt(series.IndexAtOrAfter(new DateTime(2014, 10, 28)));
        return new("NAB nyc_taxi", train, test, 48, true,
            "no labelled step, but NAB labels only five known causes: 4 July and Labor Day fall in it, unlabelled");
    }

    /// <summary>
    /// NAB machine_temperature_system_failure: the part before 1 January 2014 (about 8,400 steps) trains and the rest
    /// is the test part with the last two labelled windows (the catastrophic failure and the one after). The first two
    /// labelled windows (a planned shutdown and the early fault) fall inside the training part and stay there,
    /// unlabelled to the detectors: a contaminated training part, as at work. Windows of 48 steps (4 hours).
    /// </summary>
    /// <param name="dataDir">The course's data folder.</param>
    public static UnsupervisedDataSet MachineTemperature(string dataDir)
    {
        var series = Nab(dataDir, "machine_temperature_system_failure.csv");
        // The timestamps step back once (see data/nab/README.md); the first step at or after the date still splits the file in order.
        var (train, test) = series.SplitAt(series.IndexAtOrAfter(new DateTime(2014, 1, 1)));
        return new("NAB machine_temperature", train, test, 48, true,
            $"contaminated: {train.LabelledRuns.Count} labelled windows ({train.LabelledCount} steps) lie in it, never shown to a detector");
    }

    /// <summary>The four data sets of chapter 13, in the chapter's order.</summary>
    public static IReadOnlyList<UnsupervisedDataSet> All(string dataDir) =>
        [SmdMachine21(dataDir), AsdOmi1(dataDir), NycTaxi(dataDir), MachineTemperature(dataDir)];

    /// <summary>
    /// The same data set with only the last <paramref name="trainSteps"/> steps of the training part (the test part
    /// unchanged): for a notebook's quick mode. The numbers will be worse.
    /// </summary>
    public UnsupervisedDataSet WithTrainingSteps(int trainSteps)
    {
        InvalidOptionException.ThrowUnless(trainSteps >= 2 * WindowLength, nameof(trainSteps), trainSteps, $"at least two windows ({2 * WindowLength})");
        return trainSteps >= Train.Length ? this : this with { Train = Train.Slice(Train.Length - trainSteps, Train.Length) };
    }

    /// <summary>A folder laid out as SMD and ASD ship: train.csv.gz, test.csv.gz and test_label.txt; windows of 32 steps, point labels.</summary>
    private static UnsupervisedDataSet PublishedSplit(string dataDir, string folder, string name, string contamination)
    {
        string dir = Path.Combine(dataDir, folder);
        var train = NumericCsvReader.Read(Path.Combine(dir, "train.csv.gz"));
        var test = PointLabels.Apply(NumericCsvReader.Read(Path.Combine(dir, "test.csv.gz")), Path.Combine(dir, "test_label.txt"));
        return new(name, Filled(train), Filled(test), 32, false, contamination);
    }

    /// <summary>
    /// The data set cut down for a notebook's quick mode: the last 3,000 training steps and 4,000 test steps starting
    /// 1,000 steps before the first labelled run (so the test part keeps anomalies). The cut test part no longer follows
    /// the training part directly; quick numbers mean nothing anyway.
    /// </summary>
    public UnsupervisedDataSet Quick()
    {
        var shorter = WithTrainingSteps(Math.Min(Train.Length, Math.Max(3_000, 2 * WindowLength)));
        int start = Math.Max(0, Test.LabelledRuns[0].Start - 1_000);
        int end = Math.Min(Test.Length, start + 4_000);
        return shorter with { Name = Name + " (quick)", Test = Test.Slice(start, end) };
    }

    private static TimeSeries Nab(string dataDir, string file)
    {
        string dir = Path.Combine(dataDir, "nab");
        var series = NabCsvReader.Read(Path.Combine(dir, file));
        return Filled(NabLabelWindows.Apply(series, NabLabelWindows.Read(Path.Combine(dir, "combined_windows.json"), $"realKnownCause/{file}")));
    }

    /// <summary>None of the shipped files has a gap; should one appear, it is held at the previous value rather than dropped.</summary>
    private static TimeSeries Filled(TimeSeries series) => MissingValues.Detect(series).Any ? MissingValues.Fill(series, FillMethod.Previous) : series;
}
