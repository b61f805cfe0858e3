// Seed experiments behind chapter 12's recipes: trains the nyc_taxi and SMD detectors once per seed, prints each
// seed's result and the ensemble's, so a recipe change is judged on a distribution, not one run.
//
//   dotnet run --project bench/AttnTutorial.RealData.Experiments -c Release -- REPO (taxi|smd|both) SEEDS [VARIANT]
//
// REPO is the repository root (holds data/); SEEDS like 1,2,3,4,5. VARIANT changes the preset, tokens joined by '+':
// ep=N pat=N lr=X bs=N mag=A-B seg=A-B ch=N minscale=X copies=N kinds=Spike,LevelShift,Flat,Noise diff nodiff
// scale=None|Global|PerSeries patch=N hid=N win=LENGTH-STRIDE-SCORESTRIDE stride=N; for taxi also weekly (a second
// channel, the difference from one week earlier) and split2 (train to 9 Oct, validate to 29 Oct); for smd also blocks
// (interleaved validation blocks, as the chapter does), stdall (standardize on the whole training file) and analyse
// (non-learned scores and per-channel drift, no training). Example, the chapter's SMD setting:
//   ... -- . smd 42,43,44,45,46 blocks
// Taxi lines report events detected [per event], false alarm runs, the share of the test part in alarm and the chance
// level (the same alarms rotated at random) for thresholds at the validation maximum (q1) and its 99th percentile,
// for the centred scores and for the causal ones (CausalScores), with the median detection delay. SMD lines report
// ROC-AUC, AUC-PR (average precision) and VUS-PR, for the detectors and for the baselines raw and smoothed like the model.
using System.Diagnostics;
using AttnTutorial.Data;
using AttnTutorial.Evaluation;
using AttnTutorial.RealData;

string data = Path.Combine(args.Length > 0 ? args[0] : ".", "data");
string what = args.Length > 1 ? args[1] : "both";
int[] seeds = (args.Length > 2 ? args[2] : "1,2,3,4,5").Split(',').Select(int.Parse).ToArray();
string variant = args.Length > 3 ? args[3] : "base";

RealDataRecipe Apply(RealDataRecipe recipe)
{
    foreach (string token in variant.Split('+'))
    {
        string[] kv = token.Split('=');
        string v = kv.Length > 1 ? kv[1] : "";
        double D(int i) => double.Parse(v.Split('-')[i], System.Globalization.CultureInfo.InvariantCulture);
        recipe = kv[0] switch
        {
            "ep" => recipe with { Training = recipe.Training with { Epochs = (int)D(0) } },
            "pat" => recipe with { Training = recipe.Training with { Patience = (int)D(0) } },
            "lr" => recipe with { Training = recipe.Training with { LearningRate = D(0) } },
            "bs" => recipe with { Training = recipe.Training with { BatchSize = (int)D(0) } },
            "mag" => recipe with { Injection = recipe.Injection with { MagnitudeMin = D(0), MagnitudeMax = D(1) } },
            "seg" => recipe with { Injection = recipe.Injection with { SegmentFractionMin = D(0), SegmentFractionMax = D(1) } },
            "ch" => recipe with { Injection = recipe.Injection with { MaxChannels = (int)D(0) } },
            "minscale" => recipe with { Injection = recipe.Injection with { MinScale = D(0) } },
            "copies" => recipe with { Injection = recipe.Injection with { AnomalousCopies = (int)D(0) } },
            "scale" => recipe with { Features = recipe.Features with { Scaling = Enum.Parse<AttnTutorial.Data.ScalingMode>(v) } },
            "nodiff" => recipe with { Features = recipe.Features with { FirstDifference = false } },
            "diff" => recipe with { Features = recipe.Features with { FirstDifference = true } },
            "patch" => recipe with { Features = recipe.Features with { PatchSize = (int)D(0) } },
            "hid" => recipe with { Model = recipe.Model with { HiddenSize = (int)D(0) } },
            "win" => recipe with { Windows = new WindowOptions { Length = (int)D(0), Stride = (int)D(1) }, ScoreStride = (int)D(2) },
            "stride" => recipe with { Windows = recipe.Windows with { Stride = (int)D(0) } },
            "kinds" => recipe with { Injection = recipe.Injection with { Kinds = InjectableKinds.RealWindows.Parse(v, "kinds") } },
            _ => recipe,
        };
    }
    return recipe;
}

if (what is "taxi" or "both") Taxi();
if (what is "smd" or "both") Smd();

void Taxi()
{
    var taxi = NabCsvReader.Read(Path.Combine(data, "nab", "nyc_taxi.csv"));
    var windows = NabLabelWindows.Read(Path.Combine(data, "nab", "combined_windows.json"), "realKnownCause/nyc_taxi.csv");
    taxi = NabLabelWindows.Apply(taxi, windows);
    var events = NabLabelWindows.ToStepRanges(windows, taxi.Timestamps!);
    int trainEnd = taxi.IndexAtOrAfter(new DateTime(2014, 9, 20)), validationEnd = taxi.IndexAtOrAfter(new DateTime(2014, 10, 28));
    if (variant.Contains("split2")) (trainEnd, validationEnd) = (taxi.IndexAtOrAfter(new DateTime(2014, 10, 10)), taxi.IndexAtOrAfter(new DateTime(2014, 10, 30)));
    var series = taxi;
    int trainStart = 0;
    if (variant.Contains("weekly"))
    {
        // Second channel: difference from the same half hour one week earlier (first week has none).
        var x = taxi.Channels[0];
        var d = new float[x.Length];
        for (int t = 336; t < x.Length; t++) d[t] = x[t] - x[t - 336];
        series = taxi with { Channels = [x, d], ChannelNames = [.. taxi.ChannelNames, "weekly difference"] };
        trainStart = 336;
    }
    var recipe = Apply(RealDataRecipe.NycTaxi);
    var all = new List<StepScores>();
    foreach (int seed in seeds)
    {
        var sw = Stopwatch.StartNew();
        var r = recipe with { Training = recipe.Training with { RandomSeed = seed, Threads = 1 }, Injection = recipe.Injection with { RandomSeed = seed } };
        using var detector = WindowDetector.Train(series.Slice(trainStart, trainEnd), series.Slice(trainEnd, validationEnd), r);
        var stepScores = detector.Score(series);
        all.Add(stepScores);
        Console.WriteLine($"taxi seed {seed}: {detector.History.Epochs.Count} epochs, {sw.Elapsed.TotalSeconds:F1} s; " + Report(stepScores.Scores));
        Console.WriteLine("   causal: " + Report(CausalScores.From(stepScores).Scores));
    }
    var ensemble = DetectorEnsemble.Average(all);
    Console.WriteLine($"taxi ensemble of {seeds.Length}: " + Report(ensemble.Scores));
    Console.WriteLine("   causal: " + Report(CausalScores.From(ensemble).Scores));

    string Report(float[] scores)
    {
        var parts = new List<string>();
        foreach (double q in new[] { 1.0, 0.99 })
        {
            double threshold = ThresholdSelection.QuantileOfTraining(scores[trainEnd..validationEnd], q);
            var summary = EventScoring.Summarize(scores, threshold, events, from: validationEnd);
            var report = summary.Report;
            parts.Add($"q{q}: {report.DetectedCount}/5 [{string.Concat(report.Detected.Select(b => b ? '1' : '0'))}] fa {report.FalseAlarmCount} on {summary.AlarmShare:P0} chance {summary.ChanceLevel:F1} median delay {report.MedianDelay / 2.0:F1} h");
        }
        return string.Join(" | ", parts);
    }
}

void Smd()
{
    string dir = Path.Combine(data, "smd-machine-2-1");
    var trainRaw = NumericCsvReader.Read(Path.Combine(dir, "train.csv.gz"));
    var testRaw = PointLabels.Apply(NumericCsvReader.Read(Path.Combine(dir, "test.csv.gz")), Path.Combine(dir, "test_label.txt"));
    // Training and validation parts: the last fifth validates, or (blocks) every fifth block of 1,000 minutes, as the chapter does.
    IReadOnlyList<TimeSeries> trainParts = [trainRaw.Slice(0, trainRaw.Length * 4 / 5)];
    IReadOnlyList<TimeSeries> validationParts = [trainRaw.Slice(trainRaw.Length * 4 / 5, trainRaw.Length)];
    if (variant.Contains("blocks")) (trainParts, validationParts) = trainRaw.InterleavedSplit(1_000, 5, 2);
    var trainPart = TimeSeries.Concat(trainParts);
    var validationPart = TimeSeries.Concat(validationParts);
    var standardizer = variant.Contains("stdall") ? Standardizer.Fit(trainRaw) : Standardizer.Fit(trainPart);
    var trainList = trainParts.Select(standardizer.Transform).ToArray();
    var validationList = validationParts.Select(standardizer.Transform).ToArray();
    var train = TimeSeries.Concat(trainList);
    var validation = TimeSeries.Concat(validationList);
    var test = standardizer.Transform(testRaw);
    var labels = test.LabelArray;
    var baseline = variant.Contains("stdall") ? ZScoreBaseline.Fit(trainRaw) : ZScoreBaseline.Fit(trainPart);
    string Measures(float[] scores) =>
        $"ROC-AUC {BinaryMetrics.RocAuc(scores, labels):F3} AUC-PR {BinaryMetrics.AveragePrecision(scores, labels):F3} VUS-PR {VolumeUnderSurface.Compute(scores, labels, new() { MaxBuffer = 64 })!.PrVolume:F3}";
    var baselineScores = baseline.Score(testRaw);
    var pca = PcaBaseline.Fit(variant.Contains("stdall") ? trainRaw : trainPart);
    var pcaScores = pca.Score(testRaw);
    Console.WriteLine($"smd baseline |z|: {Measures(baselineScores)}; PCA error ({pca.ComponentCount} components): {Measures(pcaScores)}");
    var recipe = Apply(RealDataRecipe.Smd);
    if (variant == "analyse") { Analyse(); return; }
    var all = new List<float[]>();
    StepScores? firstScored = null;
    foreach (int seed in seeds)
    {
        var sw = Stopwatch.StartNew();
        var r = recipe with { Training = recipe.Training with { RandomSeed = seed, Threads = 1 }, Injection = recipe.Injection with { RandomSeed = seed } };
        using var detector = WindowDetector.Train(trainList, validationList, r);
        var stepScores = detector.Score(test);
        firstScored ??= stepScores;
        var scores = stepScores.Scores;
        all.Add(scores);
        if (Environment.GetEnvironmentVariable("VERBOSE") is not null)
            foreach (var e in detector.History.Epochs) Console.WriteLine($"   epoch {e.Epoch}: train {e.TrainLoss:F4} val {e.ValidationLoss:F4} auc {e.ValidationAuc:F3}");
        Console.WriteLine($"smd seed {seed}: {detector.History.Epochs.Count} epochs (val AUC {detector.History.Epochs[^1].ValidationAuc:F3}), {sw.Elapsed.TotalSeconds:F1} s; test {Measures(scores)}");
    }
    void Analyse()
    {
        var b = baselineScores;
        int T = test.Length, C = test.ChannelCount;
        float[] meanAbs = new float[T], sumClip = new float[T];
        for (int t = 0; t < T; t++) { for (int c = 0; c < C; c++) { float z = Math.Abs(test.Channels[c][t]); meanAbs[t] += z / C; } }
        float[] Smooth(float[] v, int w) { var o = new float[v.Length]; for (int t = 0; t < v.Length; t++) { int a = Math.Max(0, t - w / 2), e = Math.Min(v.Length, t + w / 2 + 1); float s2 = 0; for (int i = a; i < e; i++) s2 += v[i]; o[t] = s2 / (e - a); } return o; }
        float[] clipped = b.Select(v => Math.Min(v, 10f)).ToArray();
        Console.WriteLine($"max|z| {BinaryMetrics.RocAuc(b, labels):F3}, clipped {BinaryMetrics.RocAuc(clipped, labels):F3}, mean|z| {BinaryMetrics.RocAuc(meanAbs, labels):F3}");
        foreach (int w in new[] { 8, 32, 64 }) Console.WriteLine($"smoothed {w}: max|z| {BinaryMetrics.RocAuc(Smooth(clipped, w), labels):F3}, mean|z| {BinaryMetrics.RocAuc(Smooth(meanAbs, w), labels):F3}");
        var vb = baseline.Score(validationPart);
        Console.WriteLine($"share of steps with max|z| > 10: train-val {vb.Count(v => v > 10) / (double)vb.Length:P1}, test normal {Enumerable.Range(0, T).Count(t => labels[t] == 0 && b[t] > 10) / (double)labels.Count(l => l == 0):P1}, test anomalous {Enumerable.Range(0, T).Count(t => labels[t] == 1 && b[t] > 10) / (double)labels.Count(l => l == 1):P1}");
        for (int c = 0; c < C; c++)
        {
            double Share(TimeSeries s3, Func<int, bool> keep) { int n = 0, k = 0; for (int t = 0; t < s3.Length; t++) if (keep(t)) { n++; if (Math.Abs(s3.Channels[c][t]) > 5) k++; } return k / (double)Math.Max(1, n); }
            Console.WriteLine($"ch {c,2}: std {standardizer.Std[c],10:G4} |z|>5 train {Share(train, _ => true):P1} val {Share(validation, _ => true):P1} test-normal {Share(test, t => labels[t] == 0):P1} test-anom {Share(test, t => labels[t] == 1):P1}");
        }
        foreach (var run in test.LabelledRuns)
            Console.WriteLine($"run {run}: median max|z| inside {b[run.Start..run.End].Order().ElementAt(run.Length / 2):F1}, before {b[Math.Max(0, run.Start - 200)..run.Start].Order().ElementAt(Math.Min(200, run.Start) / 2):F1}");
    }
    var mean = Enumerable.Range(0, test.Length).Select(t => (float)all.Average(s => s[t])).ToArray();
    Console.WriteLine($"smd ensemble of {seeds.Length}: test {Measures(mean)}");
    if (firstScored is not null)
        Console.WriteLine($"smd baselines smoothed like the model: |z| {Measures(BaselineSmoothing.LikeModel(baselineScores, firstScored))}; PCA error {Measures(BaselineSmoothing.LikeModel(pcaScores, firstScored))}");
}
