using AttnTutorial.Models;

namespace AttnTutorial.Unsupervised;

/// <summary>
/// How <see cref="AnomalyTransformerDetector"/> is built, trained and scores. λ = 3 is the paper's and the reference code's,
/// τ = 1 the paper's equation as printed; window, model and epochs are cut down so the defaults train in seconds (the
/// paper: windows of 100, d = 512, 8 heads, 3 layers, 10 epochs). Introduced in chapter 13.
/// </summary>
public sealed record AnomalyTransformerDetectorOptions
{
    /// <summary>The model. Its <see cref="AnomalyTransformerOptions.InputSize"/> is replaced by the training series' channel count. Default <see cref="AnomalyTransformerOptions.Default"/>.</summary>
    public AnomalyTransformerOptions Model { get; init; } = AnomalyTransformerOptions.Default;

    /// <summary>
    /// Windows, validation, training and scoring. Default <see cref="DetectorWindowOptions.Default"/> with windows of 32
    /// steps and 128 windows per forward pass when scoring (each holds N·H·L² association weights twice). Every step's
    /// score needs the discrepancy of all L steps of the window ending at it, so scoring costs ∝ T·L², as much as
    /// training on SMD; at L = 48 the ROC-AUC on SMD machine-2-1 was no better (0.59–0.65 over 3 seeds, 0.59 at 32).
    /// (The reference: windows of 100, learning rate 1e-4 halved every epoch, batch 256, patience 3.)
    /// </summary>
    public DetectorWindowOptions Windows { get; init; } = DetectorWindowOptions.Default with
    {
        WindowLength = 32,
        Training = DetectorWindowOptions.Default.Training with { EvaluationBatchSize = 128 },
    };

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

    /// <summary>The defaults above.</summary>
    public static AnomalyTransformerDetectorOptions Default { get; } = new();

    /// <summary>A few seconds for tests and quick notebook runs: <see cref="DetectorWindowOptions.Quick"/>.</summary>
    public AnomalyTransformerDetectorOptions Quick() => this with { Windows = Windows.Quick() };

    /// <summary>Throws <see cref="InvalidOptionException"/> naming the first bad option.</summary>
    public AnomalyTransformerDetectorOptions Validate()
    {
        InvalidOptionException.ThrowUnless(Model is not null, nameof(Model), Model, "set");
        InvalidOptionException.ThrowUnless(Windows is not null, nameof(Windows), Windows, "set");
        Model!.Validate();
        Windows!.Validate();
        InvalidOptionException.ThrowUnless(Lambda >= 0 && double.IsFinite(Lambda), nameof(Lambda), Lambda, "0 or a positive number");
        InvalidOptionException.ThrowUnless(Temperature > 0 && double.IsFinite(Temperature), nameof(Temperature), Temperature, "a positive number");
        return this;
    }
}
