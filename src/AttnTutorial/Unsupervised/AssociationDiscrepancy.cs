using static TorchSharp.torch;

namespace AttnTutorial.Unsupervised;

/// <summary>
/// The Anomaly Transformer's association discrepancy, its minimax loss and its anomaly score (Xu et al., ICLR 2022,
/// eqs. 3–6), on the associations <see cref="Models.AnomalyTransformer"/> returns. Introduced in chapter 13.
/// </summary>
/// <remarks>
/// <para>The idea: a normal step's attention spreads over the whole window (normal patterns recur), while an anomalous
/// step can hardly relate to far-away normal steps and attends to its neighbours — which a narrow Gaussian prior
/// around it also does. So at anomalies the series association S and the prior P are close: a small discrepancy.</para>
/// <para>AssDis_i = (1/N) Σ_l [KL(P_{l,i} ‖ S_{l,i}) + KL(S_{l,i} ‖ P_{l,i})], averaged over heads too. As in the
/// reference code, KL(p ‖ q) = Σ_j p_j (log(p_j + 10⁻⁴) − log(q_j + 10⁻⁴)); the 10⁻⁴ keeps zeros finite.</para>
/// </remarks>
public static class AssociationDiscrepancy
{
    private const double Epsilon = 1e-4;

    /// <summary>KL(p ‖ q) over the last dimension, with the reference code's 10⁻⁴ added inside the logarithms.</summary>
    /// <param name="p">Distributions, (..., L).</param>
    /// <param name="q">Distributions of the same shape.</param>
    /// <returns>(...): one divergence per row.</returns>
    public static Tensor KullbackLeibler(Tensor p, Tensor q)
    {
        ArgumentNullException.ThrowIfNull(p);
        ArgumentNullException.ThrowIfNull(q);
        using var scope = NewDisposeScope();
        return (p * ((p + Epsilon).log() - (q + Epsilon).log())).sum(-1).MoveToOuterDisposeScope();
    }

    /// <summary>AssDis per step: the symmetric KL between prior and series rows, averaged over layers and heads.</summary>
    /// <param name="prior">P, (batch, N layers, H, L, L).</param>
    /// <param name="series">S, the same shape.</param>
    /// <returns>(batch, L).</returns>
    public static Tensor PerStep(Tensor prior, Tensor series)
    {
        CheckShapes(prior, series);
        using var scope = NewDisposeScope();
        // KL(P‖S) + KL(S‖P) = Σ_j (P − S)(log(P + ε) − log(S + ε)): the same numbers with half the logarithms, which dominate the cost.
        var symmetric = ((prior - series) * ((prior + Epsilon).log() - (series + Epsilon).log())).sum(-1);
        return symmetric.mean([1, 2]).MoveToOuterDisposeScope();
    }

    /// <summary>
    /// The minimax loss of one batch, both phases in one scalar so one backward pass does what the reference's two do.
    /// </summary>
    /// <remarks>
    /// <para>Minimise phase: L_min = ‖X − X̂‖² + λ·AssDis(P, S_detached): the prior is pulled towards the series
    /// association. Maximise phase: L_max = ‖X − X̂‖² − λ·AssDis(P_detached, S): the series association is pushed away
    /// from the prior, so it must attend beyond the neighbourhood — easy for normal steps, hard for anomalies.</para>
    /// <para>The reference calls loss1.backward() then loss2.backward() and steps once, i.e. it descends
    /// ∇(L_min + L_max). This returns (L_min + L_max) / 2: the same direction at half the size, which Adam's
    /// normalisation undoes, and a value equal to the reconstruction MSE (the two discrepancy terms have equal values),
    /// which is what the training history then shows. The discrepancy is computed once, on S passed through a
    /// gradient reversal (2·S_detached − S: the value of S, the gradient negated), so P receives +λ/2·∂AssDis/∂P and
    /// S receives −λ/2·∂AssDis/∂S, as the two detached copies would give, at half the cost.</para>
    /// </remarks>
    /// <param name="input">X, (batch, L, C).</param>
    /// <param name="reconstruction">X̂, the same shape.</param>
    /// <param name="prior">P, (batch, N, H, L, L).</param>
    /// <param name="series">S, the same shape.</param>
    /// <param name="lambda">λ (the reference's k). The paper and code use 3.</param>
    /// <returns>A scalar.</returns>
    public static Tensor MinimaxLoss(Tensor input, Tensor reconstruction, Tensor prior, Tensor series, double lambda)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(reconstruction);
        using var scope = NewDisposeScope();
        var reconstructionLoss = nn.functional.mse_loss(reconstruction, input);
        var reversed = series.detach() * 2 - series; // value S, gradient −1: P is pulled towards S, S pushed away from P
        var discrepancy = PerStep(prior, reversed).mean();
        return (reconstructionLoss + (discrepancy - discrepancy.detach()) * (lambda / 2)).MoveToOuterDisposeScope();
    }

    /// <summary>
    /// The anomaly score per step of each window (paper eq. 6): softmax over the window's steps of −AssDis·τ, times the
    /// step's squared reconstruction error averaged over channels.
    /// </summary>
    /// <remarks>
    /// The paper writes Softmax(−AssDis) with AssDis averaged over layers; the reference's test step sums over layers
    /// and multiplies by a temperature of 50 before the softmax, i.e. τ = 50·N on the average. τ matters: AssDis is
    /// small, and at τ = 1 the softmax is nearly uniform, leaving the reconstruction error alone.
    /// </remarks>
    /// <param name="input">X, (batch, L, C).</param>
    /// <param name="reconstruction">X̂, the same shape.</param>
    /// <param name="prior">P, (batch, N, H, L, L).</param>
    /// <param name="series">S, the same shape.</param>
    /// <param name="temperature">τ, positive.</param>
    /// <returns>Score (batch, L), discrepancy AssDis (batch, L) and squared error (batch, L).</returns>
    public static (Tensor Score, Tensor Discrepancy, Tensor Error) Score(Tensor input, Tensor reconstruction, Tensor prior, Tensor series, double temperature)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(reconstruction);
        InvalidOptionException.ThrowUnless(temperature > 0 && double.IsFinite(temperature), nameof(temperature), temperature, "a positive number");
        using var scope = NewDisposeScope();
        var discrepancy = PerStep(prior, series);
        var error = (input - reconstruction).square().mean([-1]);
        var score = (-discrepancy * temperature).softmax(-1) * error;
        return (score.MoveToOuterDisposeScope(), discrepancy.MoveToOuterDisposeScope(), error.MoveToOuterDisposeScope());
    }

    private static void CheckShapes(Tensor prior, Tensor series)
    {
        ArgumentNullException.ThrowIfNull(prior);
        ArgumentNullException.ThrowIfNull(series);
        if (prior.ndim != 5 || !prior.shape.SequenceEqual(series.shape))
            throw new ArgumentException($"prior and series must both be (batch, layers, heads, L, L); got ({string.Join(", ", prior.shape)}) and ({string.Join(", ", series.shape)}).", nameof(series));
    }
}
