using AttnTutorial.Training;

namespace AttnTutorial.Unsupervised;

/// <summary>
/// How a window-based detector of chapter 13 (<see cref="TransformerDetector"/>, <see cref="AnomalyTransformerDetector"/>)
/// cuts its training series, holds out validation, trains and scores. Defaults train in seconds on a 20,000-step,
/// 38-channel series: windows of 48 steps every 8 steps, at most 4 epochs, every step scored.
/// </summary>
public sealed record DetectorWindowOptions
{
    /// <summary>Steps L the model sees: the input window of a forecast, or the window reconstructed. Default 48.</summary>
    public int WindowLength { get; init; } = 48;

    /// <summary>Steps between training windows; larger is faster and, past a point, sees too little. Default 8.</summary>
    public int TrainStride { get; init; } = 8;

    /// <summary>
    /// Steps between scored windows. Default 1: every step is scored by the window ending at it. With s &gt; 1 the steps
    /// between hold the last score: cheaper, but a one-step spike that falls between is scored a step late, on an
    /// unlabelled step (measured with the Anomaly Transformer: ROC-AUC 0.46 on the tests' spikes at s = 2, ≈ 1 at s = 1).
    /// </summary>
    public int ScoreStride { get; init; } = 1;

    /// <summary>
    /// Every this-many-th block of the training series is held out for early stopping (blocks of
    /// <see cref="ValidationBlockLength"/> steps, interleaved so both sides see the whole period). Default 5 (a fifth).
    /// </summary>
    public int ValidationEvery { get; init; } = 5;

    /// <summary>Steps per validation block; shorter series use blocks of T / <see cref="ValidationEvery"/>. Default 1,000 (as chapter 12 for SMD).</summary>
    public int ValidationBlockLength { get; init; } = 1_000;

    /// <summary>
    /// Adam, batches, early stopping, threads; <see cref="TrainerOptions.RandomSeed"/> is replaced by the seed given to
    /// the detector's Fit. Default: learning rate 1e-3, batch 64, 4 epochs, patience 2, gradient norm clipped at 1, one
    /// thread, CPU, 512 windows per forward pass when validating and scoring.
    /// </summary>
    public TrainerOptions Training { get; init; } = new()
    {
        LearningRate = 1e-3, BatchSize = 64, Epochs = 4, Patience = 2, GradientClipNorm = 1.0, Threads = 1, Device = TrainingDevice.Cpu, EvaluationBatchSize = 512,
    };

    /// <summary>The defaults above.</summary>
    public static DetectorWindowOptions Default { get; } = new();

    /// <summary>A few seconds for tests and quick notebook runs: these options with training windows every 16 steps (at most L) and 2 epochs.</summary>
    public DetectorWindowOptions Quick() => this with
    {
        TrainStride = Math.Min(16, WindowLength),
        Training = Training with { Epochs = 2, Patience = 2 },
    };

    /// <summary>These options with torch using <paramref name="threads"/> threads while training and scoring (0: torch's default).</summary>
    public DetectorWindowOptions WithThreads(int threads) => this with { Training = Training with { Threads = threads } };

    /// <summary>Throws <see cref="InvalidOptionException"/> naming the first bad option.</summary>
    public DetectorWindowOptions Validate()
    {
        InvalidOptionException.ThrowUnless(Training is not null, nameof(Training), Training, "set");
        Training!.Validate();
        InvalidOptionException.ThrowUnless(WindowLength >= 2, nameof(WindowLength), WindowLength, "at least 2");
        InvalidOptionException.ThrowUnless(TrainStride >= 1 && TrainStride <= WindowLength, nameof(TrainStride), TrainStride, $"in [1, WindowLength = {WindowLength}]");
        InvalidOptionException.ThrowUnless(ScoreStride >= 1 && ScoreStride <= WindowLength, nameof(ScoreStride), ScoreStride, $"in [1, WindowLength = {WindowLength}]");
        InvalidOptionException.ThrowUnless(ValidationEvery >= 2, nameof(ValidationEvery), ValidationEvery, "at least 2");
        InvalidOptionException.ThrowUnless(ValidationBlockLength >= WindowLength, nameof(ValidationBlockLength), ValidationBlockLength, $"at least WindowLength = {WindowLength}");
        return this;
    }
}
