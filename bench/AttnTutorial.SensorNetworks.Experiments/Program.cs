// Measurements behind chapter 14's cross-sensor detectors: on generated sensor networks (SensorNetworkGenerator) it
// trains each forecaster on the clean prefix, once per seed, and prints per-step ROC-AUC, AUC-PR (average precision)
// and VUS-PR on correlation breaks for several smoothing lengths S, the root-cause hit rate (the broken sensor ranked
// first over its break), the top-k edge precision of the learned sensor matrix against the true graph, and fit times;
// beside them the per-channel z-score (raw and smoothed alike) and an oracle that forecasts with the generator's own
// equation (the ceiling for any forecaster).
//
//   dotnet run --project bench/AttnTutorial.SensorNetworks.Experiments -c Release -- [models=attn,graph,oracle] [seeds=1,2,3]
//       [data=DIR [realstride=8] [servers=smd-machine-2-1,asd-omi-1]] [smooth=1,4,8,16,32] [L=16] [epochs=30] [pat=4] [stride=1] [vevery=5] [top=1,3] [k=3] [d=16] [heads=1] [phi=0.4] [kappa=0.55] [len=N] [events=6] [maxlag=3] [mixed=1]
//
// phi and kappa are the network's Persistence and Coupling, len its event length (0: default 60-150), events its
// EventCount, maxlag its MaxLag; k and d the learned graph's TopK and EmbeddingSize, heads the
// attention model's Heads; vevery is ValidationEvery; top lists the TopSensors to combine sensor scores with.
//
// With data=DIR (the repository's data/ folder) it measures root cause on SMD machine-2-1 and ASD omi-1 instead.
// By default the networks carry correlation breaks only (six in 3,000 steps); mixed=1 uses the default mix of stuck
// sensors, breaks and spreading events and leaves the other kinds' steps out of the evaluation.
using System.Diagnostics;
using System.Globalization;
using AttnTutorial.Data;
using AttnTutorial.Evaluation;
using AttnTutorial.Models;
using AttnTutorial.RealData;
using AttnTutorial.SensorNetworks;
using AttnTutorial.Unsupervised;

var settings = args.Select(a => a.Split('=')).ToDictionary(p => p[0], p => p.Length > 1 ? p[1] : "");
string Get(string key, string fallback) => settings.TryGetValue(key, out var v) ? v : fallback;
int[] Ints(string key, string fallback) => Get(key, fallback).Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray();
var models = Get("models", "attn,graph,oracle").Split(',');
var seeds = Ints("seeds", "1,2,3");
var smoothings = Ints("smooth", "1,4,8,16,32");
int validationEvery = Ints("vevery", "5")[0];
int topK = Ints("k", "3")[0], size = Ints("d", "16")[0], heads = Ints("heads", "1")[0];
int window = Ints("L", "16")[0], epochs = Ints("epochs", "30")[0], patience = Ints("pat", "4")[0], stride = Ints("stride", "1")[0];
var tops = Ints("top", "1,3");
bool mixed = Get("mixed", "0") == "1";
int eventLength = Ints("len", "0")[0], events = Ints("events", "6")[0], maxLag = Ints("maxlag", "3")[0];
double persistence = double.Parse(Get("phi", "0.4"), CultureInfo.InvariantCulture), coupling = double.Parse(Get("kappa", "0.55"), CultureInfo.InvariantCulture);
var options = SensorForecastOptions.Default with
{
    SmoothingSteps = 1, // smoothed below, for every S from one run
    TrainStride = stride,
    ValidationEvery = validationEvery,
    Attention = CrossSensorAttentionOptions.Default with { WindowLength = window, Heads = heads },
    Graph = LearnedGraphOptions.Default with { WindowLength = window, TopK = topK, EmbeddingSize = size },
    Training = SensorForecastOptions.Default.Training with { Epochs = epochs, Patience = patience },
};

if (settings.TryGetValue("data", out var dataDir))
{
    RealServers(dataDir, Get("servers", "smd-machine-2-1,asd-omi-1").Split(','), models, seeds, options, Ints("realstride", "8")[0]);
    return;
}

var results = new SortedDictionary<string, List<double>>(StringComparer.Ordinal);
void Add(string name, double value)
{
    if (!results.TryGetValue(name, out var list)) results[name] = list = [];
    list.Add(value);
}

foreach (int seed in seeds)
{
    var networkOptions = mixed
        ? SensorNetworkOptions.Default with { RandomSeed = seed, Persistence = persistence, Coupling = coupling }
        : SensorNetworkOptions.Default with { Kinds = [AnomalyKind.CorrelationBreak], RandomSeed = seed, Persistence = persistence, Coupling = coupling };
    networkOptions = networkOptions with { EventCount = events, MaxLag = maxLag };
    if (eventLength > 0) networkOptions = networkOptions with { EventLengthMin = eventLength, EventLengthMax = eventLength };
    var network = SensorNetworkGenerator.Generate(networkOptions);
    var series = network.ToTimeSeries();
    int prefix = network.Options.CleanPrefixLength;
    var train = series.Slice(0, prefix);
    var breaks = network.Anomalies.Where(a => a.Kind == AnomalyKind.CorrelationBreak).ToArray();
    var positive = new bool[series.Length];
    var otherKind = new bool[series.Length];
    foreach (var anomaly in network.Anomalies)
    {
        for (int t = anomaly.Start; t < anomaly.End; t++) (anomaly.Kind == AnomalyKind.CorrelationBreak ? positive : otherKind)[t] = true;
    }
    var steps = Enumerable.Range(prefix, series.Length - prefix).Where(t => !otherKind[t]).ToArray();
    int[] labels = steps.Select(t => positive[t] ? 1 : 0).ToArray();

    void Evaluate(string name, float[] scores)
    {
        var s = steps.Select(t => scores[t]).ToArray();
        Add($"{name} ROC", BinaryMetrics.RocAuc(s, labels) ?? double.NaN);
        Add($"{name} AP", BinaryMetrics.AveragePrecision(s, labels) ?? double.NaN);
        Add($"{name} VUS-PR", VolumeUnderSurface.Compute(s, labels)?.PrVolume ?? double.NaN);
    }

    void EvaluateSensors(string name, float[][] sensorScores, int unscored)
    {
        foreach (int s in smoothings)
        {
            var smoothed = sensorScores.Select(row => TrailingMean(row, s)).ToArray();
            foreach (int top in tops) Evaluate($"{name} S={s,2} top {top}", SensorForecastDetector.Combine(smoothed, unscored, top));
        }
        Add($"{name} root cause", breaks.Count(b => SensorRanking.Rank(sensorScores, new StepRange(b.Start, b.End))[0] == b.Origin) / (double)breaks.Length);
        if (Get("debug", "0") == "1")
        {
            foreach (var b in breaks)
            {
                var means = SensorRanking.MeanOver(sensorScores, new StepRange(b.Start, b.End));
                var ranking = SensorRanking.Rank(sensorScores, new StepRange(b.Start, b.End));
                Console.WriteLine($"  {name} seed {seed} break at {b.Origin} (neighbours {string.Join(",", network.Graph.Neighbours(b.Origin))}) [{b.Start},{b.End}): rank {Array.IndexOf(ranking, b.Origin) + 1}; top {string.Join(" ", ranking.Take(5).Select(r => $"{r}:{means[r]:F2}"))}; origin {means[b.Origin]:F2}");
            }
        }
    }

    var z = ZScoreBaseline.Fit(train).Score(series);
    foreach (int s in smoothings) Evaluate($"z-score S={s,2}", TrailingMean(z, s));

    foreach (string model in models)
    {
        if (model == "oracle")
        {
            EvaluateSensors("oracle", Oracle(network, prefix), network.Options.MaxLag);
            Add("oracle MSE in z units", OracleMse(network, prefix));
            continue;
        }
        var kind = model == "attn" ? SensorModel.CrossSensorAttention : SensorModel.LearnedGraph;
        using var detector = new SensorForecastDetector(options with { Model = kind });
        var clock = Stopwatch.StartNew();
        detector.Fit(train, seed);
        Add($"{model} fit seconds", clock.Elapsed.TotalSeconds);
        Add($"{model} epochs", detector.History!.Epochs.Count);
        Add($"{model} best validation MSE", detector.History.Epochs[detector.History.BestEpoch - 1].ValidationLoss);
        clock.Restart();
        var sensorScores = detector.SensorScores(series);
        Add($"{model} score seconds", clock.Elapsed.TotalSeconds);
        EvaluateSensors(model, sensorScores, detector.Options.WindowLength);
        var matrix = detector.SensorMatrix(train);
        foreach (int k in new[] { 2, 3 }) Add($"{model} attention P@{k}", GraphRecovery.TopKEdgePrecision(matrix, network.Graph, k));
        if (detector.Forecaster is LearnedGraphForecaster graph)
        {
            foreach (int k in new[] { 2, 3 }) Add($"{model} embedding P@{k}", GraphRecovery.TopKEdgePrecision(graph.Similarity(), network.Graph, k));
        }
    }
    Console.WriteLine($"seed {seed} done");
}

Console.WriteLine($"chance P@k = {GraphRecovery.ChancePrecision(SensorNetworkGenerator.Generate(SensorNetworkOptions.Default).Graph.Adjacency()):F3}; seeds {string.Join(",", seeds)}");
foreach (var (name, values) in results)
{
    double mean = values.Average();
    double sd = values.Count > 1 ? Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (values.Count - 1)) : 0;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-34} {mean,8:F3} ± {sd:F3}   [{string.Join(" ", values.Select(v => v.ToString("F3", CultureInfo.InvariantCulture)))}]"));
}

// Normalised deviations (S = 1) of the generator's own one-step forecast, x̂_i(t) = φ·x_i(t−1) + κ·mean_j x_j(t − lag_ij),
// with the median and IQR of the last quarter of the clean prefix.
static float[][] Oracle(SensorNetwork network, int prefix)
{
    var graph = network.Graph;
    var o = network.Options;
    var x = network.Values;
    int start = o.MaxLag;
    var errors = Enumerable.Range(0, network.SensorCount).Select(i => Enumerable.Range(start, network.Length - start).Select(t =>
    {
        double pull = graph.Neighbours(i).Average(j => x[j][t - graph.Lag(i, j)]);
        return (float)(x[i][t] - o.Persistence * x[i][t - 1] - o.Coupling * pull);
    }).ToArray()).ToArray();
    int validationStart = prefix * 3 / 4 - start;
    var deviation = NormalisedDeviation.Fit(errors.Select(e => e[validationStart..(prefix - start)]).ToArray(), smoothingSteps: 1);
    return deviation.Score(errors).Select(row => new float[start].Concat(row).ToArray()).ToArray();
}

// Root cause on SMD machine-2-1 and ASD omi-1 (data/): each forecaster fitted on the training file with windows every
// `stride` steps, its normalised deviations over each labelled run ranked against the interpretation labels
// (RootCauseEvaluation's channel AUC, chance 0.5), beside the per-channel z-score ranking, as chapter 14 loads them.
static void RealServers(string dataDir, string[] servers, string[] models, int[] seeds, SensorForecastOptions options, int stride)
{
    foreach (var (folder, endInclusive) in new[] { ("smd-machine-2-1", false), ("asd-omi-1", true) }.Where(s => servers.Contains(s.Item1)))
    {
        string dir = Path.Combine(dataDir, folder);
        var train = NumericCsvReader.Read(Path.Combine(dir, "train.csv.gz"));
        var test = PointLabels.Apply(NumericCsvReader.Read(Path.Combine(dir, "test.csv.gz")), Path.Combine(dir, "test_label.txt"));
        var runs = InterpretationLabels.Read(Path.Combine(dir, "interpretation_label.txt"), test.ChannelCount, endInclusive);
        var z = ZScoreBaseline.Fit(train);
        Console.WriteLine($"{folder}: z-score channel AUC {RootCauseEvaluation.Evaluate(runs, run => z.ChannelScores(test, run.Steps)).MeanAuc:F3}");
        foreach (string model in models.Where(m => m != "oracle"))
        {
            foreach (int seed in seeds)
            {
                var kind = model == "attn" ? SensorModel.CrossSensorAttention : SensorModel.LearnedGraph;
                using var detector = new SensorForecastDetector(options with { Model = kind, TrainStride = stride, SmoothingSteps = 32 });
                var clock = Stopwatch.StartNew();
                detector.Fit(train, seed);
                double fit = clock.Elapsed.TotalSeconds;
                var sensorScores = detector.SensorScores(test);
                var report = RootCauseEvaluation.Evaluate(runs, run => SensorRanking.MeanOver(sensorScores, run.Steps));
                var steps = detector.Score(test);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{folder} {model} seed {seed}: channel AUC {report.MeanAuc:F3}, step ROC-AUC {BinaryMetrics.RocAuc(steps, test.LabelArray):F3}, fit {fit:F0}s ({detector.History!.Epochs.Count} epochs), {train.ChannelCount} channels × {train.Length} steps"));
            }
        }
    }
}

// The oracle's mean squared error on the clean prefix divided by each sensor's variance there: the validation MSE a
// perfect forecaster of standardised sensors would reach.
static double OracleMse(SensorNetwork network, int prefix)
{
    var graph = network.Graph;
    var o = network.Options;
    var x = network.Values;
    return Enumerable.Range(0, network.SensorCount).Average(i =>
    {
        var values = x[i][..prefix];
        double mean = values.Average(v => (double)v), variance = values.Average(v => (v - mean) * (v - mean));
        double squared = Enumerable.Range(o.MaxLag, prefix - o.MaxLag).Average(t =>
        {
            double e = x[i][t] - o.Persistence * x[i][t - 1] - o.Coupling * graph.Neighbours(i).Average(j => x[j][t - graph.Lag(i, j)]);
            return e * e;
        });
        return squared / variance;
    });
}

// Trailing mean over `steps` steps (fewer at the start): the smoothing NormalisedDeviation applies, for any score.
static float[] TrailingMean(float[] x, int steps)
{
    var result = new float[x.Length];
    double sum = 0;
    for (int t = 0; t < x.Length; t++)
    {
        sum += x[t];
        if (t >= steps) sum -= x[t - steps];
        result[t] = (float)(sum / Math.Min(t + 1, steps));
    }
    return result;
}
