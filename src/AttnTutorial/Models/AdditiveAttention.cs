using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace AttnTutorial.Models;

/// <summary>
/// Additive (Bahdanau-style) attention pooling over time:
/// e_i = w2ᵀ tanh(W1 h_i + b1) + b2,  α = softmax(e),  context = Σ_i α_i h_i.
/// Introduced in chapter 04.
/// </summary>
public sealed class AdditiveAttention : nn.Module<Tensor, (Tensor Context, Tensor Weights)>
{
    // Field names become checkpoint keys ("score_hidden.weight", ...); keep them stable.
    private readonly Linear score_hidden;
    private readonly Tanh activation;
    private readonly Linear score_out;

    /// <summary>Creates attention over states of size <paramref name="stateSize"/>.</summary>
    /// <param name="stateSize">Size D of each state h_i (64 for the seed's BiLSTM).</param>
    /// <param name="attentionSize">Size of W1's output (the seed uses 64).</param>
    public AdditiveAttention(long stateSize, long attentionSize) : base(nameof(AdditiveAttention))
    {
        score_hidden = nn.Linear(stateSize, attentionSize);
        activation = nn.Tanh();
        score_out = nn.Linear(attentionSize, 1);
        RegisterComponents();
    }

    /// <summary>Scores, normalises and pools the states.</summary>
    /// <param name="states">h, shape (batch, time, D).</param>
    /// <returns>Context (batch, D) and weights α (batch, time), each row summing to 1.</returns>
    public override (Tensor Context, Tensor Weights) forward(Tensor states)
    {
        using var scope = NewDisposeScope();
        var energies = score_out.forward(activation.forward(score_hidden.forward(states))).squeeze(-1); // (batch, time)
        var weights = energies.softmax(1);
        var context = bmm(weights.unsqueeze(1), states).squeeze(1); // (batch, 1, time) @ (batch, time, D) -> (batch, D)
        return (context.MoveToOuterDisposeScope(), weights.MoveToOuterDisposeScope());
    }
}
