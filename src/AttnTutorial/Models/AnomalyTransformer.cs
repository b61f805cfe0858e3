using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace AttnTutorial.Models;

/// <summary>
/// The Anomaly Transformer (Xu, Wu, Wang and Long, ICLR 2022): a Transformer encoder that reconstructs a window and,
/// in every layer and head, sets the attention row of each step (the <i>series association</i> S) beside a Gaussian
/// <i>prior association</i> P centred on the step with a learned width σ. Chapter 13 trains it with the paper's minimax
/// and scores steps by how far S and P stay apart (<see cref="Unsupervised.AssociationDiscrepancy"/>,
/// <see cref="Unsupervised.AnomalyTransformerDetector"/>).
/// </summary>
/// <remarks>
/// <para>For a window X ∈ ℝ^{L×C}: E = X W_e, times √d, plus the sinusoidal encoding. Layer l takes its input Z, computes
/// σ = 3^(sigmoid(5 Z W_σ) + 10⁻⁵) − 1 per step and head, then S = softmax(Q Kᵀ / √d_h) and the rest of an encoder
/// layer (<see cref="TransformerEncoderLayer"/>: residual, LayerNorm, feed-forward). P_{ij} = Rescale(exp(−|j − i|² / 2σ_i²))
/// (<see cref="PriorAssociation"/>); the reconstruction is X̂ = Z_N W_r.</para>
/// <para>Where this follows the reference code (thuml/Anomaly-Transformer, model/attn.py) rather than the paper:
/// the paper only says σ is learned per step; the code bounds it, σ ∈ (0, 2], through the sigmoid and power above, and
/// so does this class. The paper's kernel has the factor 1/(√(2π) σ_i); it cancels in Rescale (row normalisation), so
/// the prior here is computed as a softmax over j of −|j − i|²/2σ_i², the same numbers without overflow when σ is tiny.</para>
/// <para>Where it differs from both, for size and speed: the code embeds with a 3-wide circular convolution, here a
/// linear map; the code's feed-forward uses GELU and a final LayerNorm, here ReLU (<see cref="TransformerEncoderLayer"/>)
/// and none; d, heads and layers are far smaller (<see cref="AnomalyTransformerOptions"/>).</para>
/// </remarks>
public sealed class AnomalyTransformer : nn.Module<Tensor, (Tensor Reconstruction, Tensor Series, Tensor Prior, Tensor Sigma)>
{
    private readonly Linear embedding;
    private readonly SinusoidalPositionalEncoding position;
    private readonly ModuleList<TransformerEncoderLayer> layers;
    private readonly ModuleList<Linear> sigma_projections;
    private readonly Linear head;

    /// <summary>Builds the model. Seed torch (<c>torch.random.manual_seed</c>) first for reproducible initial weights.</summary>
    public AnomalyTransformer(AnomalyTransformerOptions options) : base(nameof(AnomalyTransformer))
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options.Validate();
        embedding = nn.Linear(options.InputSize, options.ModelSize);
        position = new SinusoidalPositionalEncoding(options.ModelSize);
        layers = nn.ModuleList(Enumerable.Range(0, options.Layers)
            .Select(_ => new TransformerEncoderLayer(options.ModelSize, options.Heads, options.FeedForwardSize)).ToArray());
        sigma_projections = nn.ModuleList(Enumerable.Range(0, options.Layers)
            .Select(_ => nn.Linear(options.ModelSize, options.Heads)).ToArray());
        head = nn.Linear(options.ModelSize, options.InputSize);
        RegisterComponents();
    }

    /// <summary>The options the model was built with.</summary>
    public AnomalyTransformerOptions Options { get; }

    /// <summary>Reconstructs a batch of windows and returns both associations of every layer.</summary>
    /// <param name="input">Windows, (batch, L, C).</param>
    /// <returns>
    /// Reconstruction X̂ (batch, L, C); series association S and prior association P, each (batch, N layers, H, L, L)
    /// with rows summing to 1; σ (batch, N, H, L).
    /// </returns>
    public override (Tensor Reconstruction, Tensor Series, Tensor Prior, Tensor Sigma) forward(Tensor input)
    {
        ModelInput.CheckShape(input, -1, Options.InputSize, nameof(AnomalyTransformer));
        using var scope = NewDisposeScope();
        long steps = input.shape[1];
        var x = position.forward(embedding.forward(input) * Math.Sqrt(Options.ModelSize)); // (batch, L, d)
        var series = new List<Tensor>();
        var priors = new List<Tensor>();
        var sigmas = new List<Tensor>();
        for (int l = 0; l < layers.Count; l++)
        {
            var raw = sigma_projections[l].forward(x).transpose(1, 2); // (batch, L, H) -> (batch, H, L)
            var sigma = ((raw * 5).sigmoid() + 1e-5).mul(Math.Log(3)).exp() - 1; // 3^(…) − 1
            (x, var weights) = layers[l].forward(x);
            series.Add(weights);
            priors.Add(PriorAssociation(sigma, steps));
            sigmas.Add(sigma);
        }
        return (head.forward(x).MoveToOuterDisposeScope(),
            stack(series, dim: 1).MoveToOuterDisposeScope(),
            stack(priors, dim: 1).MoveToOuterDisposeScope(),
            stack(sigmas, dim: 1).MoveToOuterDisposeScope());
    }

    /// <summary>
    /// The prior association: for step i with width σ_i, P_{ij} = exp(−|j − i|² / 2σ_i²) / Σ_k exp(−|k − i|² / 2σ_i²),
    /// a Gaussian kernel of the distance, normalised per row (the paper's Rescale).
    /// </summary>
    /// <param name="sigma">σ per step, shape (..., L), positive.</param>
    /// <param name="steps">L.</param>
    /// <returns>P, shape (..., L, L), rows summing to 1.</returns>
    public static Tensor PriorAssociation(Tensor sigma, long steps)
    {
        ArgumentNullException.ThrowIfNull(sigma);
        if (sigma.shape[^1] != steps)
            throw new ArgumentException($"sigma's last dimension is {sigma.shape[^1]}, not the {steps} steps.", nameof(sigma));
        using var scope = NewDisposeScope();
        var index = arange(steps, dtype: ScalarType.Float32, device: sigma.device);
        var squaredDistance = (index.unsqueeze(1) - index.unsqueeze(0)).square(); // (L, L)
        var logits = -squaredDistance / (sigma.unsqueeze(-1).square() * 2); // (..., L, 1) broadcast to (..., L, L)
        return logits.softmax(-1).MoveToOuterDisposeScope();
    }
}
