using AttnTutorial.Models;
using AttnTutorial.Training;

namespace AttnTutorial.Unsupervised;

/// <summary>
/// How a <see cref="SensorForecastDetector"/> trains and scores. The defaults fit chapter 14's default sensor network
/// (16 sensors, a clean prefix of 1,200 steps) in seconds on one CPU thread. Introduced in chapter 14.
/// </summary>
public sealed record SensorForecastOptions
{
    /// <summary>The forecaster to train. Default <see cref="SensorModel.CrossSensorAttention"/>.</summary>
    public SensorModel Model { get; init; } = SensorModel.CrossSensorAttention;

    /// <summary>Shape of the cross-sensor attention model; its <see cref="CrossSensorAttentionOptions.Sensors"/> is set from the data. Default <see cref="CrossSensorAttentionOptions.Default"/>.</summary>
    public CrossSensorAttentionOptions Attention { get; init; } = CrossSensorAttentionOptions.Default;

    /// <summary>Shape of the learned-graph model; its <see cref="LearnedGraphOptions.Sensors"/> is set from the data. Default <see cref="LearnedGraphOptions.Default"/>.</summary>
    public LearnedGraphOptions Graph { get; init; } = LearnedGraphOptions.Default;

    /// <summary>
    /// How to train, with MSE on the next step's forecast; <see cref="TrainerOptions.RandomSeed"/> is replaced by the
    /// seed given to <see cref="SensorForecastDetector.Fit(RealData.TimeSeries, int)"/>. Default: Adam 3e-3, batch 64, at most 30 epochs,
    /// patience 4, gradients clipped at norm 1, one thread, CPU.
    /// </summary>
    public TrainerOptions Training { get; init; } = new()
    {
        LearningRate = 3e-3,
        BatchSize = 64,
        Epochs = 30,
        Patience = 4,
        GradientClipNorm = 1.0,
        Threads = 1,
        Device = TrainingDevice.Cpu,
    };

    /// <summary>Steps between training windows; validation and scoring use every step. Default 1.</summary>
    public int TrainStride { get; init; } = 1;

    /// <summary>
    /// Every this many blocks of the training series one is held out, for early stopping and for each sensor's typical
    /// error (<see cref="NormalisedDeviation"/>), interleaved as chapter 13's detectors do. At least 2. Default 5 (a fifth).
    /// </summary>
    public int ValidationEvery { get; init; } = 5;

    /// <summary>Steps per validation block; shorter series use blocks of T / <see cref="ValidationEvery"/>. Default 1,000.</summary>
    public int ValidationBlockLength { get; init; } = 1_000;

    /// <summary>
    /// S, the steps <see cref="NormalisedDeviation"/> averages each sensor's deviation over (1 = none). Default 32, far
    /// longer than GDN's 4: a correlation break leaves a sensor's level alone and only widens its forecast error, which
    /// takes many steps to tell from noise. On the default network with breaks only (seeds 1–3) the cross-sensor model's
    /// per-step ROC-AUC was 0.57 at S = 8 and 0.68 at S = 32; longer S delays the alarm by up to S steps.
    /// </summary>
    public int SmoothingSteps { get; init; } = 32;

    /// <summary>A step's score is the mean of its this many largest sensor deviations (1 = the maximum, as GDN). Default 1.</summary>
    public int TopSensors { get; init; } = 1;

    /// <summary>The defaults above.</summary>
    public static SensorForecastOptions Default { get; } = new();

    /// <summary>A few seconds of training for tests and quick notebook runs: 3 epochs, training windows every 2 steps.</summary>
    public static SensorForecastOptions Quick { get; } = new() { TrainStride = 2, Training = Default.Training with { Epochs = 3, Patience = 3 } };

    /// <summary>Window length L of the chosen model.</summary>
    public int WindowLength => Model == SensorModel.CrossSensorAttention ? Attention.WindowLength : Graph.WindowLength;

    /// <summary>Throws <see cref="InvalidOptionException"/> naming the first option outside its allowed range.</summary>
    public SensorForecastOptions Validate()
    {
        InvalidOptionException.ThrowUnless(Enum.IsDefined(Model), nameof(Model), Model, $"one of {string.Join(", ", Enum.GetNames<SensorModel>())}");
        InvalidOptionException.ThrowUnless(Attention is not null, nameof(Attention), Attention, "set");
        InvalidOptionException.ThrowUnless(Graph is not null, nameof(Graph), Graph, "set");
        InvalidOptionException.ThrowUnless(Training is not null, nameof(Training), Training, "set");
        Training!.Validate();
        InvalidOptionException.ThrowUnless(TrainStride >= 1, nameof(TrainStride), TrainStride, "at least 1");
        InvalidOptionException.ThrowUnless(ValidationEvery >= 2, nameof(ValidationEvery), ValidationEvery, "at least 2 (else nothing is left for training)");
        InvalidOptionException.ThrowUnless(ValidationBlockLength >= 1, nameof(ValidationBlockLength), ValidationBlockLength, "at least 1");
        InvalidOptionException.ThrowUnless(SmoothingSteps >= 1, nameof(SmoothingSteps), SmoothingSteps, "at least 1");
        InvalidOptionException.ThrowUnless(TopSensors >= 1, nameof(TopSensors), TopSensors, "at least 1");
        return this;
    }
}
