using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace AttnTutorial.Models;

/// <summary>
/// One encoder layer of "Attention Is All You Need" (post-norm): x ← LayerNorm(x + SelfAttention(x)), then
/// x ← LayerNorm(x + W₂ ReLU(W₁ x + b₁) + b₂), with <see cref="MultiHeadSelfAttention"/> so every head's map comes back.
/// Introduced in chapter 13 (<see cref="TransformerForecaster"/> stacks them).
/// </summary>
public sealed class TransformerEncoderLayer : nn.Module<Tensor, (Tensor Output, Tensor HeadWeights)>
{
    private readonly MultiHeadSelfAttention attention;
    private readonly LayerNorm attention_norm;
    private readonly Linear expand;
    private readonly Linear contract;
    private readonly LayerNorm feed_forward_norm;

    /// <summary>Creates a layer for tokens of size <paramref name="size"/>.</summary>
    /// <param name="size">Token size d, a positive multiple of <paramref name="heads"/>.</param>
    /// <param name="heads">Attention heads H.</param>
    /// <param name="feedForwardSize">Hidden width of the feed-forward block (the paper uses 4d).</param>
    public TransformerEncoderLayer(long size, long heads, long feedForwardSize) : base(nameof(TransformerEncoderLayer))
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(feedForwardSize, 1, nameof(feedForwardSize));
        attention = new MultiHeadSelfAttention(size, heads);
        attention_norm = nn.LayerNorm(size);
        expand = nn.Linear(size, feedForwardSize);
        contract = nn.Linear(feedForwardSize, size);
        feed_forward_norm = nn.LayerNorm(size);
        RegisterComponents();
    }

    /// <summary>Every token attends to every token.</summary>
    /// <param name="tokens">(batch, n, d).</param>
    /// <returns>Output (batch, n, d) and the attention maps (batch, H, n, n), rows summing to 1.</returns>
    public override (Tensor Output, Tensor HeadWeights) forward(Tensor tokens) => forward(tokens, blocked: null);

    /// <summary>Every token attends to the tokens <paramref name="blocked"/> allows.</summary>
    /// <param name="tokens">(batch, n, d).</param>
    /// <param name="blocked">Null, or a boolean (n, n) mask, true where token i may not look at token j (<see cref="MultiHeadSelfAttention.CausalMask"/>).</param>
    /// <returns>Output (batch, n, d) and the attention maps (batch, H, n, n), rows summing to 1 and 0 where blocked.</returns>
    public (Tensor Output, Tensor HeadWeights) forward(Tensor tokens, Tensor? blocked)
    {
        using var scope = NewDisposeScope();
        var (attended, weights) = attention.forward(tokens, blocked);
        var x = attention_norm.forward(tokens + attended);
        var y = contract.forward(nn.functional.relu(expand.forward(x)));
        return (feed_forward_norm.forward(x + y).MoveToOuterDisposeScope(), weights.MoveToOuterDisposeScope());
    }
}
