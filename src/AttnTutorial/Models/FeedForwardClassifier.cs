using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace AttnTutorial.Models;

/// <summary>
/// Baseline: the whole window flattened into one vector, fully connected ReLU layers, one anomaly logit. It has no
/// notion of time or neighbourhood: a flat segment at step 40 and one at step 400 share no weights.
/// </summary>
/// <remarks>
/// It has no attention either. Its <c>Weights</c> are uniform (1/steps everywhere) only so that
/// <see cref="Training.Trainer"/>, <see cref="Training.Predictor"/> and the charts can take every classifier alike;
/// a uniform map means "this model does not say where it looked" — use
/// <see cref="Evaluation.GradientSaliency"/> to ask it.
/// </remarks>
public sealed class FeedForwardClassifier : nn.Module<Tensor, (Tensor Logits, Tensor Weights)>
{
    private readonly Sequential layers;

    /// <summary>Builds the model. Seed torch (<c>torch.manual_seed</c>) first for reproducible initial weights.</summary>
    public FeedForwardClassifier(FeedForwardOptions options) : base(nameof(FeedForwardClassifier))
    {
        Options = options.Validate();
        var stack = new List<(string, nn.Module<Tensor, Tensor>)>();
        long width = (long)options.Steps * options.InputSize;
        for (int i = 0; i < options.HiddenSizes.Count; i++)
        {
            stack.Add(($"linear{i}", nn.Linear(width, options.HiddenSizes[i])));
            stack.Add(($"relu{i}", nn.ReLU()));
            width = options.HiddenSizes[i];
        }
        stack.Add(("output", nn.Linear(width, 1)));
        layers = nn.Sequential(stack);
        RegisterComponents();
    }

    /// <summary>The options the model was built with.</summary>
    public FeedForwardOptions Options { get; }

    /// <summary>Number of trainable parameters.</summary>
    public long ParameterCount => parameters().Sum(p => p.numel());

    /// <summary>Runs the model.</summary>
    /// <param name="input">Windows, shape (batch, Steps, InputSize).</param>
    /// <returns>Logits (batch) and uniform weights (batch, Steps), each row summing to 1.</returns>
    /// <exception cref="ArgumentException">The input is not (batch, Steps, InputSize).</exception>
    public override (Tensor Logits, Tensor Weights) forward(Tensor input)
    {
        ModelInput.CheckShape(input, Options.Steps, Options.InputSize, nameof(FeedForwardClassifier));
        using var scope = NewDisposeScope();
        long batch = input.shape[0], steps = input.shape[1];
        var logits = layers.forward(input.reshape(batch, -1)).squeeze(-1); // (batch, steps*features) -> (batch)
        var weights = full(batch, steps, 1.0f / steps, device: input.device);
        return (logits.MoveToOuterDisposeScope(), weights.MoveToOuterDisposeScope());
    }
}
