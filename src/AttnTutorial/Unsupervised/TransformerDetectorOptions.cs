using AttnTutorial.Models;

namespace AttnTutorial.Unsupervised;

/// <summary>
/// How <see cref="TransformerDetector"/> is built, trained and scores: a 1-layer, 2-head, d = 32 encoder that forecasts
/// one step (or reconstructs) from windows of 48 steps (<see cref="DetectorWindowOptions"/>). Introduced in chapter 13.
/// </summary>
public sealed record TransformerDetectorOptions
{
    /// <summary>The model. Its <see cref="TransformerForecasterOptions.InputSize"/> is replaced by the training series' channel count. Default <see cref="TransformerForecasterOptions.Default"/> (forecast one step).</summary>
    public TransformerForecasterOptions Model { get; init; } = TransformerForecasterOptions.Default;

    /// <summary>Windows, validation, training and scoring. Default <see cref="DetectorWindowOptions.Default"/>.</summary>
    public DetectorWindowOptions Windows { get; init; } = DetectorWindowOptions.Default;

    /// <summary>Forecast the next step from the 48 before it (the defaults).</summary>
    public static TransformerDetectorOptions Forecast { get; } = new();

    /// <summary>Reconstruct the window ending at each step; the step's score is the error of its own reconstruction.</summary>
    public static TransformerDetectorOptions Reconstruction { get; } = new() { Model = TransformerForecasterOptions.Default with { Objective = TransformerObjective.Reconstruction } };

    /// <summary>A few seconds for tests and quick notebook runs: windows of 32, <see cref="DetectorWindowOptions.Quick"/>.</summary>
    public TransformerDetectorOptions Quick() => this with { Windows = (Windows with { WindowLength = 32 }).Quick() };

    /// <summary>Throws <see cref="InvalidOptionException"/> naming the first bad option.</summary>
    public TransformerDetectorOptions Validate()
    {
        InvalidOptionException.ThrowUnless(Model is not null, nameof(Model), Model, "set");
        InvalidOptionException.ThrowUnless(Windows is not null, nameof(Windows), Windows, "set");
        Model!.Validate();
        Windows!.Validate();
        return this;
    }
}
