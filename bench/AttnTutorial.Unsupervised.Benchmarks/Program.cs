// Cost and accuracy of chapter 13's attention detectors on SMD machine-2-1: fits each detector on the training file
// and scores the test file once per seed, printing the wall time of fit + score and ROC-AUC, AUC-PR (average precision)
// and VUS-PR of the causal scores against the point labels, then mean ± sd over the seeds. PCA reconstruction error
// (chapter 12's baseline, no training) is printed beside them for scale.
//
//   dotnet run --project bench/AttnTutorial.Unsupervised.Benchmarks -c Release -- REPO SEEDS [quick] [threads=N] [only=forecast,reconstruction,at]
//       [window=L] [stride=S] [scorestride=S] [epochs=N]
//
// REPO is the repository root (holds data/); SEEDS like 1,2,3,4,5. quick uses each preset's Quick() and the first
// 5,000 training minutes, as a notebook's quick mode would; window, stride (training), scorestride and epochs override
// every detector's defaults. Run it under /usr/bin/time -v for peak memory.
using System.Diagnostics;
using System.Globalization;
using AttnTutorial.Evaluation;
using AttnTutorial.RealData;
using AttnTutorial.Unsupervised;

string data = Path.Combine(args.Length > 0 ? args[0] : ".", "data", "smd-machine-2-1");
int[] seeds = (args.Length > 1 ? args[1] : "1,2,3,4,5").Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray();
bool quick = args.Contains("quick");
int threads = args.Where(a => a.StartsWith("threads=", StringComparison.Ordinal)).Select(a => int.Parse(a[8..], CultureInfo.InvariantCulture)).DefaultIfEmpty(1).Last();
string[] only = args.Where(a => a.StartsWith("only=", StringComparison.Ordinal)).SelectMany(a => a[5..].Split(',')).ToArray();
int? Setting(string name) => args.Where(a => a.StartsWith(name + "=", StringComparison.Ordinal)).Select(a => (int?)int.Parse(a[(name.Length + 1)..], CultureInfo.InvariantCulture)).LastOrDefault();
int? window = Setting("window"), stride = Setting("stride"), scoreStride = Setting("scorestride"), epochs = Setting("epochs");

var train = NumericCsvReader.Read(Path.Combine(data, "train.csv.gz"));
var test = PointLabels.Apply(NumericCsvReader.Read(Path.Combine(data, "test.csv.gz")), Path.Combine(data, "test_label.txt"));
if (quick) train = train.Slice(0, 5_000);
int[] labels = test.LabelArray;
Console.WriteLine($"SMD machine-2-1: train {train.Length} × {train.ChannelCount}, test {test.Length}, {test.LabelledCount} labelled minutes; {(quick ? "quick" : "full")}, {threads} thread(s)");

var forecast = TransformerDetectorOptions.Forecast;
var reconstruction = TransformerDetectorOptions.Reconstruction;
var anomalyTransformer = AnomalyTransformerDetectorOptions.Default;
if (quick) (forecast, reconstruction, anomalyTransformer) = (forecast.Quick(), reconstruction.Quick(), anomalyTransformer.Quick());
DetectorWindowOptions Override(DetectorWindowOptions o) => o with
{
    WindowLength = window ?? o.WindowLength, TrainStride = stride ?? o.TrainStride, ScoreStride = scoreStride ?? o.ScoreStride,
    Training = o.Training with { Epochs = epochs ?? o.Training.Epochs, Threads = threads },
};
forecast = forecast with { Windows = Override(forecast.Windows) };
reconstruction = reconstruction with { Windows = Override(reconstruction.Windows) };
anomalyTransformer = anomalyTransformer with { Windows = Override(anomalyTransformer.Windows) };
var detectors = new (string Key, Func<IUnsupervisedDetector> Make)[]
{
    ("forecast", () => new TransformerDetector(forecast)),
    ("reconstruction", () => new TransformerDetector(reconstruction)),
    ("at", () => new AnomalyTransformerDetector(anomalyTransformer)),
};

string Metrics(float[] scores) => string.Create(CultureInfo.InvariantCulture,
    $"ROC-AUC {BinaryMetrics.RocAuc(scores, labels):F3}  AUC-PR {BinaryMetrics.AveragePrecision(scores, labels):F3}  VUS-PR {VolumeUnderSurface.Compute(scores, labels, new() { MaxBuffer = 64 })!.PrVolume:F3}");

Console.WriteLine($"{"PCA (90 % variance)",-28} {Metrics(PcaBaseline.Fit(train).Score(test))}");
foreach (var (key, make) in detectors.Where(d => only.Length == 0 || only.Contains(d.Key)))
{
    var rows = new List<(double Seconds, double Roc, double Pr, double Vus, int Epochs)>();
    foreach (int seed in seeds)
    {
        var clock = Stopwatch.StartNew();
        var detector = make();
        detector.Fit(train, seed);
        double fitSeconds = clock.Elapsed.TotalSeconds;
        var scores = detector.Score(test);
        double seconds = clock.Elapsed.TotalSeconds;
        int epochCount = detector switch { TransformerDetector t => t.History!.Epochs.Count, AnomalyTransformerDetector a => a.History!.Epochs.Count, _ => 0 };
        (detector as IDisposable)?.Dispose();
        rows.Add((seconds, BinaryMetrics.RocAuc(scores, labels)!.Value, BinaryMetrics.AveragePrecision(scores, labels)!.Value,
            VolumeUnderSurface.Compute(scores, labels, new() { MaxBuffer = 64 })!.PrVolume, epochCount));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{detector.Name + " seed " + seed,-28} {Metrics(scores)}  {seconds,5:F1} s fit+score ({fitSeconds:F1} + {seconds - fitSeconds:F1}), {epochCount} epochs"));
    }
    string MeanSd(Func<(double Seconds, double Roc, double Pr, double Vus, int Epochs), double> pick)
    {
        var values = rows.Select(pick).ToArray();
        double mean = values.Average();
        double sd = values.Length > 1 ? Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (values.Length - 1)) : 0;
        return string.Create(CultureInfo.InvariantCulture, $"{mean:F3} ± {sd:F3}");
    }
    Console.WriteLine($"{key + " mean ± sd",-28} ROC-AUC {MeanSd(r => r.Roc)}  AUC-PR {MeanSd(r => r.Pr)}  VUS-PR {MeanSd(r => r.Vus)}  time {MeanSd(r => r.Seconds)} s");
}
