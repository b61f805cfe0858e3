using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace AttnTutorial.Models;

/// <summary>
/// The seed model: a bidirectional LSTM reads the series, additive attention pools its states over time,
/// and a linear layer turns the pooled vector into one anomaly logit.
/// Introduced in chapter 04.
/// </summary>
public sealed class BiLstmAttentionClassifier : nn.Module<Tensor, (Tensor Logits, Tensor Weights)>
{
    private readonly LSTM encoder;
    private readonly AdditiveAttention attention;
    private readonly Linear classifier;

    /// <summary>Builds the model. Seed torch (<c>torch.manual_seed</c>) first for reproducible initial weights.</summary>
    public BiLstmAttentionClassifier(BiLstmAttentionOptions options) : base(nameof(BiLstmAttentionClassifier))
    {
        Options = options.Validate();
        int stateSize = 2 * options.HiddenSize;
        encoder = nn.LSTM(options.InputSize, options.HiddenSize, numLayers: 1, batchFirst: true, bidirectional: true);
        attention = new AdditiveAttention(stateSize, options.AttentionSize);
        classifier = nn.Linear(stateSize, 1);
        RegisterComponents();
    }

    /// <summary>The options the model was built with.</summary>
    public BiLstmAttentionOptions Options { get; }

    /// <summary>Number of trainable parameters.</summary>
    public long ParameterCount => parameters().Sum(p => p.numel());

    /// <summary>Runs the model.</summary>
    /// <param name="input">Series, shape (batch, time, InputSize).</param>
    /// <returns>Logits (batch) — apply a sigmoid for probabilities — and weights over time (batch, time).</returns>
    /// <exception cref="ArgumentException"><paramref name="input"/> is not (batch, time, InputSize).</exception>
    public override (Tensor Logits, Tensor Weights) forward(Tensor input)
    {
        ModelInput.CheckShape(input, -1, Options.InputSize, nameof(BiLstmAttentionClassifier));
        using var scope = NewDisposeScope();
        var (states, _, _) = encoder.forward(input); // (batch, time, 2*hidden): [h_forward; h_backward] per step
        var (pooled, weights) = Pool(states);
        var logits = classifier.forward(pooled).squeeze(-1);
        return (logits.MoveToOuterDisposeScope(), weights.MoveToOuterDisposeScope());
    }

    /// <summary>The BiLSTM states alone, (batch, time, 2*hidden), for chapters that look inside the encoder.</summary>
    /// <param name="input">Series, shape (batch, time, InputSize).</param>
    public Tensor EncodeStates(Tensor input)
    {
        ModelInput.CheckShape(input, -1, Options.InputSize, nameof(BiLstmAttentionClassifier));
        using var scope = NewDisposeScope();
        var (states, _, _) = encoder.forward(input);
        return states.MoveToOuterDisposeScope();
    }

    private (Tensor Pooled, Tensor Weights) Pool(Tensor states)
    {
        long batch = states.shape[0], time = states.shape[1];
        switch (Options.Pooling)
        {
            case Pooling.Attention:
                return attention.forward(states);
            case Pooling.Mean:
                return (states.mean([1]), full(batch, time, 1.0f / time, device: states.device));
            case Pooling.LastState:
                long hidden = Options.HiddenSize;
                var forwardLast = states[.., -1, ..(int)hidden];
                var backwardFirst = states[.., 0, (int)hidden..];
                var weights = zeros(batch, time, device: states.device);
                weights[.., 0] = tensor(0.5f);
                weights[.., -1] = tensor(0.5f);
                return (cat([forwardLast, backwardFirst], dim: 1), weights);
            default:
                throw new InvalidOptionException(nameof(Options.Pooling), Options.Pooling, "Attention, Mean or LastState");
        }
    }
}
