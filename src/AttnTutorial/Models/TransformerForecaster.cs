using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace AttnTutorial.Models;

/// <summary>
/// A small Transformer encoder over the steps of a window that forecasts the next steps or reconstructs the window:
/// the model behind chapter 13's "learn normal, flag surprise" detector (<see cref="Unsupervised.TransformerDetector"/>).
/// </summary>
/// <remarks>
/// <para>For a window X ∈ ℝ^{L×C}: E = X W_e + b_e, times √d, plus the sinusoidal encoding PE (chapter 09); then N
/// <see cref="TransformerEncoderLayer"/>s with causal attention by default. A forecast reads the last step's encoding
/// h_L and maps it to the next H steps, X̂_{L+1..L+H} = reshape(h_L W_f + b_f); a reconstruction maps every step's
/// encoding back to C values, X̂_i = h_i W_r + b_r.</para>
/// <para>The forward pass returns every layer's attention maps with the output, so a chapter can draw where the
/// model looked for the step it got wrong, without hidden "last attention" state.</para>
/// </remarks>
public sealed class TransformerForecaster : nn.Module<Tensor, (Tensor Output, Tensor Weights)>
{
    private readonly Linear embedding;
    private readonly SinusoidalPositionalEncoding position;
    private readonly ModuleList<TransformerEncoderLayer> layers;
    private readonly Linear head;

    /// <summary>Builds the model. Seed torch (<c>torch.random.manual_seed</c>) first for reproducible initial weights.</summary>
    public TransformerForecaster(TransformerForecasterOptions options) : base(nameof(TransformerForecaster))
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options.Validate();
        embedding = nn.Linear(options.InputSize, options.ModelSize);
        position = new SinusoidalPositionalEncoding(options.ModelSize);
        layers = nn.ModuleList(Enumerable.Range(0, options.Layers)
            .Select(_ => new TransformerEncoderLayer(options.ModelSize, options.Heads, options.FeedForwardSize)).ToArray());
        long outputs = options.Objective == TransformerObjective.Forecast ? (long)options.Horizon * options.InputSize : options.InputSize;
        head = nn.Linear(options.ModelSize, outputs);
        RegisterComponents();
    }

    /// <summary>The options the model was built with.</summary>
    public TransformerForecasterOptions Options { get; }

    /// <summary>Number of trainable parameters.</summary>
    public long ParameterCount => parameters().Sum(p => p.numel());

    /// <summary>Runs the model on a batch of windows.</summary>
    /// <param name="input">Windows, (batch, L, C).</param>
    /// <returns>
    /// The output — a forecast (batch, H, C) or a reconstruction (batch, L, C), by <see cref="TransformerForecasterOptions.Objective"/> —
    /// and every layer's attention maps (batch, N layers, heads, L, L), each row summing to 1 (0 above the diagonal when causal).
    /// </returns>
    public override (Tensor Output, Tensor Weights) forward(Tensor input)
    {
        ModelInput.CheckShape(input, -1, Options.InputSize, nameof(TransformerForecaster));
        using var scope = NewDisposeScope();
        long batch = input.shape[0], steps = input.shape[1];
        // Scaled by √d as in "Attention Is All You Need", so the encoding does not drown a fresh embedding's small outputs.
        var x = position.forward(embedding.forward(input) * Math.Sqrt(Options.ModelSize)); // (batch, L, d)
        var blocked = Options.Causal ? MultiHeadSelfAttention.CausalMask(steps) : null;
        var maps = new List<Tensor>(layers.Count);
        foreach (var layer in layers)
        {
            (x, var weights) = layer.forward(x, blocked);
            maps.Add(weights);
        }
        var output = Options.Objective == TransformerObjective.Forecast
            ? head.forward(x.select(1, steps - 1)).view(batch, Options.Horizon, Options.InputSize) // (batch, H·C) -> (batch, H, C)
            : head.forward(x);
        return (output.MoveToOuterDisposeScope(), stack(maps, dim: 1).MoveToOuterDisposeScope());
    }
}
