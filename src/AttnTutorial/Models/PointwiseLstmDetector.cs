using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace AttnTutorial.Models;

/// <summary>
/// A point-wise detector, as in the survey seed's Keras model (input → Embedding → LSTM → per-time-step Dense →
/// sigmoid): one anomaly logit for every time step rather than one per series. Train it on the per-time-step masks
/// with <see cref="Training.Trainer.FitPointwise"/>; score with <see cref="Training.PointwisePredictor"/>.
/// </summary>
/// <remarks>
/// Where the seed wrote <c>Embedding</c> this model uses a linear projection. An embedding is a lookup table: it takes
/// integer token ids (word 17 → row 17) and cannot take a real-valued signal such as 3.14; a linear layer is its
/// continuous counterpart (x_t ↦ W x_t + b), which is what a time series needs.
/// Feed it <see cref="Data.InputFeatures.Pointwise"/>: one input step per time step, and a difference feature large
/// enough to learn from in a few epochs.
/// </remarks>
public sealed class PointwiseLstmDetector : nn.Module<Tensor, Tensor>
{
    private readonly Linear projection;
    private readonly LSTM encoder;
    private readonly Linear output;

    /// <summary>Builds the model. Seed torch (<c>torch.manual_seed</c>) first for reproducible initial weights.</summary>
    public PointwiseLstmDetector(PointwiseLstmOptions options) : base(nameof(PointwiseLstmDetector))
    {
        Options = options.Validate();
        projection = nn.Linear(options.InputSize, options.ProjectionSize);
        encoder = nn.LSTM(options.ProjectionSize, options.HiddenSize, numLayers: 1, batchFirst: true, bidirectional: options.Bidirectional);
        output = nn.Linear(options.HiddenSize * (options.Bidirectional ? 2 : 1), 1);
        RegisterComponents();
    }

    /// <summary>The options the model was built with.</summary>
    public PointwiseLstmOptions Options { get; }

    /// <summary>Number of trainable parameters.</summary>
    public long ParameterCount => parameters().Sum(p => p.numel());

    /// <summary>Runs the model.</summary>
    /// <param name="input">Series, shape (batch, time, InputSize).</param>
    /// <returns>Logits per time step (batch, time); a sigmoid gives each step's anomaly probability.</returns>
    public override Tensor forward(Tensor input)
    {
        ModelInput.CheckShape(input, -1, Options.InputSize, nameof(PointwiseLstmDetector));
        using var scope = NewDisposeScope();
        var (states, _, _) = encoder.forward(projection.forward(input)); // (batch, time, hidden × directions)
        return output.forward(states).squeeze(-1).MoveToOuterDisposeScope();
    }
}
