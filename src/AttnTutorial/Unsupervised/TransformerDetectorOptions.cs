using AttnTutorial.Models;
using AttnTutorial.Training;

namespace AttnTutorial.Unsupervised;

/// <summary>
/// How <see cref="TransformerDetector"/> is trained and scores. Defaults train in seconds on a 20,000-step,
/// 38-channel series: windows of 48 steps every 4 steps, a 1-layer, 2-head, d = 32 encoder, at most 6 epochs.
/// Introduced in chapter 13.
/// </summary>
public sealed record TransformerDetectorOptions
{
    /// <summary>The model. Its <see cref="TransformerForecasterOptions.InputSize"/> is replaced by the training series' channel count. Default <see cref="TransformerForecasterOptions.Default"/> (forecast one step).</summary>
    public TransformerForecasterOptions Model { get; init; } = TransformerForecasterOptions.Default;

    /// <summary>Steps L the model sees: the input window of a forecast, or the window reconstructed. Default 48.</summary>
    public int WindowLength { get; init; } = 48;

    /// <summary>Steps between training windows; larger is faster and, past a point, sees too little. Default 4.</summary>
    public int TrainStride { get; init; } = 4;

    /// <summary>Steps between scored windows. Default 1: every step gets the error of its own prediction; with s &gt; 1 a step holds the latest scored window's error (cheaper, later alarms).</summary>
    public int ScoreStride { get; init; } = 1;

    /// <summary>
    /// Every this-many-th block of the training series is held out for early stopping (blocks of
    /// <see cref="ValidationBlockLength"/> steps, interleaved so both sides see the whole period). Default 5 (a fifth).
    /// </summary>
    public int ValidationEvery { get; init; } = 5;

    /// <summary>Steps per validation block; shorter series use blocks of T / <see cref="ValidationEvery"/>. Default 1,000 (as chapter 12 for SMD).</summary>
    public int ValidationBlockLength { get; init; } = 1_000;

    /// <summary>
    /// Adam, batches, early stopping, threads. <see cref="TrainerOptions.RandomSeed"/> is replaced by the seed given to
    /// <see cref="TransformerDetector.Fit"/>. Default: learning rate 1e-3, batch 64, 6 epochs, patience 2, gradient norm
    /// clipped at 1, one thread, CPU.
    /// </summary>
    public TrainerOptions Training { get; init; } = new()
    {
        LearningRate = 1e-3, BatchSize = 64, Epochs = 6, Patience = 2, GradientClipNorm = 1.0, Threads = 1, Device = TrainingDevice.Cpu, EvaluationBatchSize = 512,
    };

    /// <summary>Forecast the next step from the 48 before it (the defaults).</summary>
    public static TransformerDetectorOptions Forecast { get; } = new();

    /// <summary>Reconstruct the window ending at each step; the step's score is the error of its own reconstruction.</summary>
    public static TransformerDetectorOptions Reconstruction { get; } = new() { Model = TransformerForecasterOptions.Default with { Objective = TransformerObjective.Reconstruction } };

    /// <summary>A few seconds for tests and quick notebook runs: these options with windows of 32 every 8 steps and 2 epochs.</summary>
    public TransformerDetectorOptions Quick() => this with
    {
        WindowLength = 32,
        TrainStride = 8,
        Training = Training with { Epochs = 2, Patience = 2 },
    };

    /// <summary>Throws <see cref="InvalidOptionException"/> naming the first bad option.</summary>
    public TransformerDetectorOptions Validate()
    {
        InvalidOptionException.ThrowUnless(Model is not null, nameof(Model), Model, "set");
        InvalidOptionException.ThrowUnless(Training is not null, nameof(Training), Training, "set");
        Model!.Validate();
        Training!.Validate();
        InvalidOptionException.ThrowUnless(WindowLength >= 2, nameof(WindowLength), WindowLength, "at least 2");
        InvalidOptionException.ThrowUnless(TrainStride >= 1 && TrainStride <= WindowLength, nameof(TrainStride), TrainStride, $"in [1, WindowLength = {WindowLength}]");
        InvalidOptionException.ThrowUnless(ScoreStride >= 1 && ScoreStride <= WindowLength, nameof(ScoreStride), ScoreStride, $"in [1, WindowLength = {WindowLength}]");
        InvalidOptionException.ThrowUnless(ValidationEvery >= 2, nameof(ValidationEvery), ValidationEvery, "at least 2");
        InvalidOptionException.ThrowUnless(ValidationBlockLength >= WindowLength, nameof(ValidationBlockLength), ValidationBlockLength, $"at least WindowLength = {WindowLength}");
        return this;
    }
}
