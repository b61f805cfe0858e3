using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace AttnTutorial.Models;

/// <summary>
/// Baseline: a 1-D convolutional network. Each layer slides the same small filters along time (so a pattern is
/// recognised wherever it occurs), ReLU, optional max-pool downsampling; global pooling over time and a linear layer
/// give one anomaly logit.
/// </summary>
/// <remarks>
/// No attention: <c>Weights</c> are uniform (1/steps everywhere) only so that <see cref="Training.Trainer"/>,
/// <see cref="Training.Predictor"/> and the charts can take every classifier alike. A uniform map means "this model
/// does not say where it looked" — use <see cref="Evaluation.GradientSaliency"/> to ask it.
/// </remarks>
public sealed class ConvClassifier : nn.Module<Tensor, (Tensor Logits, Tensor Weights)>
{
    private readonly Sequential features;
    private readonly Linear classifier;

    /// <summary>Builds the model. Seed torch (<c>torch.manual_seed</c>) first for reproducible initial weights.</summary>
    public ConvClassifier(ConvOptions options) : base(nameof(ConvClassifier))
    {
        Options = options.Validate();
        var stack = new List<(string, nn.Module<Tensor, Tensor>)>();
        long channels = options.InputSize;
        for (int i = 0; i < options.Channels.Count; i++)
        {
            stack.Add(($"conv{i}", nn.Conv1d(channels, options.Channels[i], options.KernelSize, padding: options.KernelSize / 2)));
            stack.Add(($"relu{i}", nn.ReLU()));
            if (options.Downsample && i < options.Channels.Count - 1) stack.Add(($"pool{i}", nn.MaxPool1d(2, ceil_mode: true)));
            channels = options.Channels[i];
        }
        features = nn.Sequential(stack);
        classifier = nn.Linear(channels, 1);
        RegisterComponents();
    }

    /// <summary>The options the model was built with.</summary>
    public ConvOptions Options { get; }

    /// <summary>Number of trainable parameters.</summary>
    public long ParameterCount => parameters().Sum(p => p.numel());

    /// <summary>Runs the model.</summary>
    /// <param name="input">Windows, shape (batch, steps, InputSize); any number of steps.</param>
    /// <returns>Logits (batch) and uniform weights (batch, steps), each row summing to 1.</returns>
    public override (Tensor Logits, Tensor Weights) forward(Tensor input)
    {
        ModelInput.CheckShape(input, -1, Options.InputSize, nameof(ConvClassifier));
        using var scope = NewDisposeScope();
        long batch = input.shape[0], steps = input.shape[1];
        var maps = features.forward(input.transpose(1, 2)); // conv wants channels first: (batch, features, steps) -> (batch, filters, steps')
        var pooled = Options.Pooling == GlobalPooling.Max ? maps.amax([2]) : maps.mean([2]); // (batch, filters)
        var logits = classifier.forward(pooled).squeeze(-1);
        var weights = full(batch, steps, 1.0f / steps, device: input.device);
        return (logits.MoveToOuterDisposeScope(), weights.MoveToOuterDisposeScope());
    }
}
