using AttnTutorial.Models;
using AttnTutorial.Training;

namespace AttnTutorial.Unsupervised;

/// <summary>
/// How <see cref="AnomalyTransformerDetector"/> is trained and scores. λ = 3 is the paper's and the reference code's, τ = 1
/// the paper's equation as printed; window, model and epochs are cut down so the defaults train in seconds (the paper:
/// windows of 100, d = 512, 8 heads, 3 layers, 10 epochs). Introduced in chapter 13.
/// </summary>
public sealed record AnomalyTransformerDetectorOptions
{
    /// <summary>The model. Its <see cref="AnomalyTransformerOptions.InputSize"/> is replaced by the training series' channel count. Default <see cref="AnomalyTransformerOptions.Default"/>.</summary>
    public AnomalyTransformerOptions Model { get; init; } = AnomalyTransformerOptions.Default;

    /// <summary>Steps L per window. Default 48.</summary>
    public int WindowLength { get; init; } = 48;

    /// <summary>Steps between training windows. Default 4.</summary>
    public int TrainStride { get; init; } = 4;

    /// <summary>Steps between scored windows; each step's score comes from the window ending at it. Default 1.</summary>
    public int ScoreStride { get; init; } = 1;

    /// <summary>
    /// Every this-many-th block of the training series is held out for early stopping (blocks of
    /// <see cref="ValidationBlockLength"/> steps, interleaved so both sides see the whole period). Default 5 (a fifth).
    /// </summary>
    public int ValidationEvery { get; init; } = 5;

    /// <summary>Steps per validation block; shorter series use blocks of T / <see cref="ValidationEvery"/>. Default 1,000 (as chapter 12 for SMD).</summary>
    public int ValidationBlockLength { get; init; } = 1_000;

    /// <summary>λ, the weight of the association discrepancy in the minimax loss (the reference's k). Default 3.</summary>
    public double Lambda { get; init; } = 3;

    /// <summary>
    /// τ in softmax(−τ·AssDis) of the score, with AssDis averaged over layers. Default 1, the paper's eq. 6 as printed.
    /// </summary>
    /// <remarks>
    /// The reference code uses 50 per layer (100 for 2 layers). With a causal score — step t read off the last row of the
    /// window ending at t — that is degenerate: AssDis differs by several units between a window's steps, so the softmax
    /// puts nearly all weight on one step and the last step's score is 0 in almost every window. Measured on the tests'
    /// sine with three spikes and two flat runs: ROC-AUC 0.50 at τ = 100, spikes alone 0.99–1.00 at τ ≤ 1.
    /// </remarks>
    public double Temperature { get; init; } = 1;

    /// <summary>
    /// Adam, batches, early stopping, threads; <see cref="TrainerOptions.RandomSeed"/> is replaced by the seed given to
    /// <see cref="AnomalyTransformerDetector.Fit"/>. Default: learning rate 1e-3, batch 64, 6 epochs, patience 2,
    /// gradient norm clipped at 1, one thread, CPU. (The reference: 1e-4 halved every epoch, batch 256, patience 3.)
    /// </summary>
    public TrainerOptions Training { get; init; } = new()
    {
        LearningRate = 1e-3, BatchSize = 64, Epochs = 6, Patience = 2, GradientClipNorm = 1.0, Threads = 1, Device = TrainingDevice.Cpu, EvaluationBatchSize = 512,
    };

    /// <summary>The defaults above.</summary>
    public static AnomalyTransformerDetectorOptions Default { get; } = new();

    /// <summary>A few seconds for tests and quick notebook runs: these options with windows of 32 every 8 steps and 2 epochs.</summary>
    public AnomalyTransformerDetectorOptions Quick() => this with
    {
        WindowLength = 32,
        TrainStride = 8,
        Training = Training with { Epochs = 2, Patience = 2 },
    };

    /// <summary>Throws <see cref="InvalidOptionException"/> naming the first bad option.</summary>
    public AnomalyTransformerDetectorOptions Validate()
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
        InvalidOptionException.ThrowUnless(Lambda >= 0 && double.IsFinite(Lambda), nameof(Lambda), Lambda, "0 or a positive number");
        InvalidOptionException.ThrowUnless(Temperature > 0 && double.IsFinite(Temperature), nameof(Temperature), Temperature, "a positive number");
        return this;
    }
}
