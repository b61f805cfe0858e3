using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace AttnTutorial.Models;

/// <summary>
/// Attention pooling with one learned query per head (the "CLS token" idea without a token): head h scores every
/// step by the scaled dot product of its query q_h with the step's key, softmaxes the scores over time and averages
/// the steps' values with those weights. Each head can learn to look for something different, and its weights over
/// time say where it looked.
/// </summary>
/// <remarks>
/// k_t = W_k x_t,  v_t = W_v x_t, split into H heads of size d_h = d/H;
/// α_{h,t} = softmax_t(q_h · k_{h,t} / √d_h);  context = concat_h Σ_t α_{h,t} v_{h,t}.
/// It is written out here rather than taken from <c>nn.MultiheadAttention</c> because TorchSharp 0.107's module only
/// returns weights averaged over heads (it has no <c>average_attn_weights</c> switch), and the course draws each head.
/// </remarks>
public sealed class MultiHeadQueryPooling : nn.Module<Tensor, (Tensor Context, Tensor HeadWeights)>
{
    private readonly Parameter query;
    private readonly Linear key;
    private readonly Linear value;
    private readonly long heads;
    private readonly long headSize;

    /// <summary>Creates pooling over states of size <paramref name="size"/> with <paramref name="heads"/> heads.</summary>
    /// <param name="size">State size d; must be a multiple of <paramref name="heads"/>.</param>
    /// <param name="heads">Number of heads H.</param>
    public MultiHeadQueryPooling(long size, long heads) : base(nameof(MultiHeadQueryPooling))
    {
        if (heads < 1 || size % heads != 0) throw new ArgumentException($"size {size} must be a positive multiple of heads {heads}.", nameof(heads));
        this.heads = heads;
        headSize = size / heads;
        // Queries start small and random so the heads differ from the first step and the initial weights are near uniform.
        query = new Parameter(randn(heads, headSize) / Math.Sqrt(headSize));
        key = nn.Linear(size, size);
        value = nn.Linear(size, size);
        RegisterComponents();
    }

    /// <summary>Scores, normalises and pools the states.</summary>
    /// <param name="states">x, shape (batch, steps, d).</param>
    /// <returns>Context (batch, d) and per-head weights (batch, H, steps), each row summing to 1.</returns>
    public override (Tensor Context, Tensor HeadWeights) forward(Tensor states)
    {
        using var scope = NewDisposeScope();
        long batch = states.shape[0], steps = states.shape[1];
        var keys = key.forward(states).view(batch, steps, heads, headSize).transpose(1, 2); // (batch, H, steps, d_h)
        var values = value.forward(states).view(batch, steps, heads, headSize).transpose(1, 2); // (batch, H, steps, d_h)
        var scores = (keys * query.view(1, heads, 1, headSize)).sum(-1) / Math.Sqrt(headSize); // (batch, H, steps)
        var weights = scores.softmax(-1);
        var context = (weights.unsqueeze(-1) * values).sum(2).reshape(batch, heads * headSize); // (batch, H, d_h) -> (batch, d)
        return (context.MoveToOuterDisposeScope(), weights.MoveToOuterDisposeScope());
    }
}
