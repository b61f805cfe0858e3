using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace AttnTutorial.Models;

/// <summary>
/// Multi-head scaled dot-product self-attention written out as queries, keys and values, returning every head's
/// token-to-token map. Chapter 13 uses it over time steps (a Transformer encoder that forecasts or reconstructs a
/// window) and chapter 14 over sensors (every sensor attends to the others).
/// </summary>
/// <remarks>
/// <para>For tokens x_1..x_n (rows of X): Q = X W_q, K = X W_k, V = X W_v, split into H heads of size d_h = d/H;
/// A_h = softmax(Q_h K_hᵀ / √d_h) row by row; output = concat_h(A_h V_h) W_o. Row i of A_h says how much token i
/// drew on each token j, and sums to 1.</para>
/// <para>It is written out rather than taken from <c>nn.MultiheadAttention</c> because TorchSharp 0.107's module only
/// returns the map averaged over heads; with the same weights the two compute the same output (a test holds it).</para>
/// </remarks>
public sealed class MultiHeadSelfAttention : nn.Module<Tensor, (Tensor Output, Tensor HeadWeights)>
{
    private readonly Linear query;
    private readonly Linear key;
    private readonly Linear value;
    private readonly Linear output;
    private readonly long heads;
    private readonly long headSize;

    /// <summary>Creates self-attention over tokens of size <paramref name="size"/> with <paramref name="heads"/> heads.</summary>
    /// <param name="size">Token size d; must be a positive multiple of <paramref name="heads"/>.</param>
    /// <param name="heads">Number of heads H.</param>
    /// <exception cref="ArgumentException">size is not a positive multiple of heads.</exception>
    public MultiHeadSelfAttention(long size, long heads) : base(nameof(MultiHeadSelfAttention))
    {
        if (heads < 1 || size < 1 || size % heads != 0)
            throw new ArgumentException($"size {size} must be a positive multiple of heads {heads}.", nameof(heads));
        this.heads = heads;
        headSize = size / heads;
        query = nn.Linear(size, size);
        key = nn.Linear(size, size);
        value = nn.Linear(size, size);
        output = nn.Linear(size, size);
        RegisterComponents();
    }

    /// <summary>Number of heads H.</summary>
    public long Heads => heads;

    /// <summary>Attends every token to every token.</summary>
    /// <param name="tokens">X, shape (batch, n, d).</param>
    /// <returns>Output (batch, n, d) and per-head maps (batch, H, n, n), each row summing to 1.</returns>
    public override (Tensor Output, Tensor HeadWeights) forward(Tensor tokens) => forward(tokens, blocked: null);

    /// <summary>Attends every token to the tokens <paramref name="blocked"/> allows.</summary>
    /// <param name="tokens">X, shape (batch, n, d).</param>
    /// <param name="blocked">Null, or a boolean (n, n) tensor where true at (i, j) forbids token i to look at token j
    /// (e.g. <see cref="CausalMask"/> for a model that must not see the future). Every row must allow at least one token.</param>
    /// <returns>Output (batch, n, d) and per-head maps (batch, H, n, n), each row summing to 1 and 0 where blocked.</returns>
    /// <exception cref="ArgumentException">tokens is not (batch, n, d) or blocked is not (n, n).</exception>
    public (Tensor Output, Tensor HeadWeights) forward(Tensor tokens, Tensor? blocked)
    {
        long size = heads * headSize;
        if (tokens.ndim != 3 || tokens.shape[2] != size)
            throw new ArgumentException($"{nameof(MultiHeadSelfAttention)} expects tokens of shape (batch, n, {size}); got ({string.Join(", ", tokens.shape)}).", nameof(tokens));
        long batch = tokens.shape[0], n = tokens.shape[1];
        if (blocked is not null && (blocked.ndim != 2 || blocked.shape[0] != n || blocked.shape[1] != n))
            throw new ArgumentException($"blocked must have shape ({n}, {n}); got ({string.Join(", ", blocked.shape)}).", nameof(blocked));

        using var scope = NewDisposeScope();
        var q = SplitHeads(query.forward(tokens), batch, n); // (batch, H, n, d_h)
        var k = SplitHeads(key.forward(tokens), batch, n);
        var v = SplitHeads(value.forward(tokens), batch, n);
        var scores = q.matmul(k.transpose(-2, -1)) / Math.Sqrt(headSize); // (batch, H, n, n)
        if (blocked is not null)
        {
            // An explicit Scalar held to the end of the block: the implicit one from a double can be finalized (its native
            // value freed) while masked_fill still reads it, which failed a full chapter 13 run with "Expected false to be true".
            using var minusInfinity = double.NegativeInfinity.ToScalar();
            scores = scores.masked_fill(blocked.to(scores.device), minusInfinity);
        }
        var weights = scores.softmax(-1);
        var mixed = weights.matmul(v).transpose(1, 2).reshape(batch, n, size); // (batch, H, n, d_h) -> (batch, n, d)
        return (output.forward(mixed).MoveToOuterDisposeScope(), weights.MoveToOuterDisposeScope());
    }

    /// <summary>The causal mask for <paramref name="n"/> tokens: true above the diagonal, so token i sees tokens 0..i only.</summary>
    public static Tensor CausalMask(long n)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1, nameof(n));
        return ones(n, n, dtype: ScalarType.Bool).triu(1);
    }

    private Tensor SplitHeads(Tensor projected, long batch, long n) =>
        projected.view(batch, n, heads, headSize).transpose(1, 2);
}
