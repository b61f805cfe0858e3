using AttnTutorial.Data;
using AttnTutorial.Models;
using AttnTutorial.RealData;
using AttnTutorial.Training;
using TorchSharp;
using static TorchSharp.torch;

namespace AttnTutorial.Unsupervised;

/// <summary>
/// Introduced in chapter 14. Detects anomalies across sensors by forecasting: a cross-sensor model
/// (<see cref="SensorForecastOptions.Model"/>) learns on normal data to forecast every sensor's next reading from a
/// window of all of them; a sensor whose reading departs from what the others predict deviates, even when its own
/// level and spread look normal (a correlation break, which per-channel statistics cannot see).
/// </summary>
/// <remarks>
/// <para>Fit: standardise every sensor on the training series (<see cref="Standardizer"/>); hold out every
/// <see cref="SensorForecastOptions.ValidationEvery"/>-th block, as chapter 13's detectors do; train with MSE on windows
/// of L + 1 steps (forecast the last from the L before it) with <see cref="WindowTrainer"/>, early stopping on the
/// held-out blocks; fit <see cref="NormalisedDeviation"/> on the held-out blocks' absolute errors.</para>
/// <para>Score: every step t ≥ L is forecast from steps t − L .. t − 1; each sensor's error becomes a normalised deviation
/// a_i(t) (<see cref="SensorScores"/>, for a time × sensor heat map); the step's score is the mean of its
/// <see cref="SensorForecastOptions.TopSensors"/> largest a_i(t) (GDN: the maximum). Every score at t uses steps ≤ t
/// only. Root cause: sensors ranked by mean a_i over an anomalous stretch (<see cref="RootCause"/>).</para>
/// </remarks>
public sealed class SensorForecastDetector : IUnsupervisedDetector, IDisposable
{
    // Windows averaged by SensorMatrix at most: enough for a stable mean, and a bounded cost on long files.
    private const int MatrixWindows = 2_000;

    private readonly IProgress<TrainingProgress>? _progress;
    private nn.Module? _module;
    private ISensorForecaster? _forecaster;
    private Standardizer? _standardizer;
    private NormalisedDeviation? _deviation;
    private TimeSeries? _fittedOn;

    /// <summary>Creates an unfitted detector; the options are validated here.</summary>
    /// <param name="options">Default <see cref="SensorForecastOptions.Default"/>; <see cref="SensorForecastOptions.Quick"/> for tests.</param>
    /// <param name="progress">Called after every training batch and epoch, as <see cref="Trainer.Fit"/> does.</param>
    public SensorForecastDetector(SensorForecastOptions? options = null, IProgress<TrainingProgress>? progress = null)
    {
        Options = (options ?? SensorForecastOptions.Default).Validate();
        _progress = progress;
    }

    /// <summary>The options in force.</summary>
    public SensorForecastOptions Options { get; }

    /// <inheritdoc/>
    public string Name => Options.Model == SensorModel.CrossSensorAttention ? "Cross-sensor attention" : "Learned graph";

    /// <summary>The trained forecaster (a <see cref="CrossSensorAttentionForecaster"/> or <see cref="LearnedGraphForecaster"/>).</summary>
    /// <exception cref="InvalidOperationException">Before <see cref="Fit"/>.</exception>
    public ISensorForecaster Forecaster => FittedState.Require(_forecaster, Name);

    /// <summary>The training run's history (train and validation MSE per epoch); null before <see cref="Fit"/>.</summary>
    public TrainingHistory? History { get; private set; }

    /// <summary>Each sensor's typical validation error, which <see cref="SensorScores"/> divides by.</summary>
    /// <exception cref="InvalidOperationException">Before <see cref="Fit"/>.</exception>
    public NormalisedDeviation Deviation => FittedState.Require(_deviation, Name);

    /// <summary>The per-sensor μ and σ fitted on the training series.</summary>
    /// <exception cref="InvalidOperationException">Before <see cref="Fit"/>.</exception>
    public Standardizer Standardizer => FittedState.Require(_standardizer, Name);

    /// <inheritdoc/>
    /// <exception cref="ArgumentException">The series has fewer than 2 channels or missing values, or is too short to hold out validation blocks of at least one window; the message names the file.</exception>
    public void Fit(TimeSeries train, int seed)
    {
        ArgumentNullException.ThrowIfNull(train);
        if (train.ChannelCount < 2)
            throw new ArgumentException($"{train.SourceFile} has {train.ChannelCount} channel; a cross-sensor model needs at least 2.", nameof(train));
        int length = Options.WindowLength;
        var (fitParts, validationParts) = DetectorWindows.Split(train, Options.ValidationEvery, Options.ValidationBlockLength, length + 1);
        var standardizer = Standardizer.Fit(train);
        using var trainWindows = UnlabelledWindows.Cut(fitParts, standardizer, new WindowOptions { Length = length + 1, Stride = Options.TrainStride });
        using var validationWindows = UnlabelledWindows.Cut(validationParts, standardizer, new WindowOptions { Length = length + 1, Stride = 1 });

        var training = Options.Training with { RandomSeed = seed };
        nn.Module module;
        ISensorForecaster forecaster;
        using (TorchGlobals.Set(training.Threads, seed)) (module, forecaster) = Build(train.ChannelCount);
        try
        {
            History = new WindowTrainer(training).Fit(module, trainWindows, validationWindows, Loss, _progress);
            _deviation = NormalisedDeviation.Fit(Errors(forecaster, validationWindows), Options.SmoothingSteps);
        }
        catch
        {
            module.Dispose();
            throw;
        }
        _module?.Dispose();
        (_module, _forecaster, _standardizer, _fittedOn) = (module, forecaster, standardizer, train);

        Tensor Loss(Tensor windows)
        {
            var (forecast, weights) = forecaster.Forecast(windows.narrow(1, 0, length));
            weights.Dispose();
            return nn.functional.mse_loss(forecast, windows.select(1, length));
        }
    }

    /// <inheritdoc/>
    /// <exception cref="ArgumentException">The series has other channels than the training series, missing values, or at most L steps; the message names the file.</exception>
    public float[] Score(TimeSeries series) => Combine(SensorScores(series), Options.WindowLength, Options.TopSensors);

    /// <summary>
    /// The normalised deviation a_i(t) of every sensor at every step, <c>[sensor][step]</c> (sensors × T): what a
    /// time × sensor heat map shows and what <see cref="RootCause"/> averages. The first L steps, which have no forecast,
    /// get each sensor's lowest deviation elsewhere.
    /// </summary>
    /// <exception cref="InvalidOperationException">Before <see cref="Fit"/>.</exception>
    /// <exception cref="ArgumentException">The series has other channels than the training series, missing values, or at most L steps; the message names the file.</exception>
    public float[][] SensorScores(TimeSeries series)
    {
        using var windows = Cut(series, stride: 1);
        int length = Options.WindowLength;
        return Deviation.Score(Errors(Forecaster, windows)).Select(row =>
        {
            var full = new float[series.Length];
            Array.Fill(full, row.Min(), 0, length);
            row.CopyTo(full, length);
            return full;
        }).ToArray();
    }

    /// <summary>
    /// Per sensor, the mean normalised deviation over <paramref name="range"/>: the larger, the likelier the root cause
    /// (<see cref="SensorRanking.Rank"/> of <see cref="SensorScores"/> orders the sensors by it).
    /// </summary>
    /// <inheritdoc cref="SensorScores"/>
    public float[] RootCause(TimeSeries series, StepRange range) => SensorRanking.MeanOver(SensorScores(series), range);

    /// <summary>
    /// The sensor × sensor weights of the forecaster averaged over the windows of <paramref name="series"/> (N × N, row i
    /// sums to 1; at most 2,000 windows, evenly spaced): which sensors each sensor's forecast listened to. Compare it with
    /// the true coupling graph through <see cref="Evaluation.GraphRecovery"/>. For the learned-graph model,
    /// <see cref="LearnedGraphForecaster.Similarity"/> gives the embeddings' own view.
    /// </summary>
    /// <inheritdoc cref="SensorScores"/>
    public float[][] SensorMatrix(TimeSeries series)
    {
        ArgumentNullException.ThrowIfNull(series);
        var forecaster = Forecaster;
        using var windows = Cut(series, stride: Math.Max(1, (series.Length - Options.WindowLength) / MatrixWindows));
        int length = Options.WindowLength, n = forecaster.SensorCount;
        var rows = DetectorWindows.Map(windows, Options.Training.EvaluationBatchSize, Options.Training.Threads,
            batch => forecaster.Forecast(batch.narrow(1, 0, length)).SensorWeights.flatten(1)); // (batch, N·N)
        return Enumerable.Range(0, n)
            .Select(i => Enumerable.Range(0, n).Select(j => (float)rows.Average(row => row[i * n + j])).ToArray())
            .ToArray();
    }

    /// <summary>
    /// Per step, the mean of the <paramref name="topSensors"/> largest sensor scores; the first
    /// <paramref name="unscoredSteps"/> steps get the lowest value of the rest (the contract of <see cref="IUnsupervisedDetector.Score"/>).
    /// </summary>
    /// <param name="sensorScores">Scores <c>[sensor][step]</c>, rows of one length T.</param>
    /// <param name="unscoredSteps">Steps at the start without a score of their own, in [0, T).</param>
    /// <param name="topSensors">How many of the largest sensor scores to average; capped at the number of sensors.</param>
    public static float[] Combine(IReadOnlyList<IReadOnlyList<float>> sensorScores, int unscoredSteps, int topSensors)
    {
        ArgumentNullException.ThrowIfNull(sensorScores);
        if (sensorScores.Count == 0) throw new ArgumentException("sensorScores has no sensors.", nameof(sensorScores));
        InvalidOptionException.ThrowUnless(topSensors >= 1, nameof(topSensors), topSensors, "at least 1");
        int length = sensorScores[0].Count, k = Math.Min(topSensors, sensorScores.Count);
        InvalidOptionException.ThrowUnless(unscoredSteps >= 0 && unscoredSteps < length, nameof(unscoredSteps), unscoredSteps, $"in [0, {length})");
        var scores = new float[length];
        var column = new float[sensorScores.Count];
        for (int t = unscoredSteps; t < length; t++)
        {
            for (int s = 0; s < column.Length; s++) column[s] = sensorScores[s][t];
            Array.Sort(column);
            double sum = 0;
            for (int j = 1; j <= k; j++) sum += column[^j];
            scores[t] = (float)(sum / k);
        }
        Array.Fill(scores, scores.Skip(unscoredSteps).Min(), 0, unscoredSteps);
        return scores;
    }

    /// <summary>Frees the model.</summary>
    public void Dispose()
    {
        _module?.Dispose();
        _module = null;
        _forecaster = null;
    }

    private (nn.Module Module, ISensorForecaster Forecaster) Build(int sensors)
    {
        if (Options.Model == SensorModel.CrossSensorAttention)
        {
            var attention = new CrossSensorAttentionForecaster(Options.Attention with { Sensors = sensors });
            return (attention, attention);
        }
        var graph = new LearnedGraphForecaster(Options.Graph with { Sensors = sensors });
        return (graph, graph);
    }

    private UnlabelledWindows Cut(TimeSeries series, int stride)
    {
        DetectorWindows.CheckChannels(series, Name, _fittedOn);
        int length = Options.WindowLength;
        if (series.Length <= length)
            throw new ArgumentException($"{series.SourceFile} has {series.Length} steps; {Name} needs more than WindowLength = {length} to forecast one.", nameof(series));
        return UnlabelledWindows.Cut(series, Standardizer, new WindowOptions { Length = length + 1, Stride = stride });
    }

    // Absolute forecast error of the step after each window, [sensor][window], in z units.
    private float[][] Errors(ISensorForecaster forecaster, UnlabelledWindows windows)
    {
        int length = Options.WindowLength;
        var rows = DetectorWindows.Map(windows, Options.Training.EvaluationBatchSize, Options.Training.Threads,
            batch => (forecaster.Forecast(batch.narrow(1, 0, length)).Forecast - batch.select(1, length)).abs()); // (batch, N)
        return Enumerable.Range(0, forecaster.SensorCount).Select(s => DetectorWindows.Column(rows, s)).ToArray();
    }
}
