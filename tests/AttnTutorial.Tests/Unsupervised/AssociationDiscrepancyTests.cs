using AttnTutorial.Unsupervised;
using TorchSharp;
using static TorchSharp.torch;

namespace AttnTutorial.Tests.Unsupervised;

[Collection(TorchTests.Collection)]
public class AssociationDiscrepancyTests
{
    [Fact]
    public void KullbackLeibler_IdenticalDistributions_IsZero()
    {
        using var p = rand(2, 3, 5).softmax(-1);
        using var kl = AssociationDiscrepancy.KullbackLeibler(p, p);
        Assert.Equal(new long[] { 2, 3 }, kl.shape);
        Assert.Equal(0f, kl.abs().max().item<float>());
    }

    [Fact]
    public void KullbackLeibler_HandComputed()
    {
        using var p = tensor(new float[] { 0.5f, 0.5f });
        using var q = tensor(new float[] { 0.9f, 0.1f });
        // ½ ln(0.5001/0.9001) + ½ ln(0.5001/0.1001)
        Assert.Equal(0.510470f, AssociationDiscrepancy.KullbackLeibler(p, q).item<float>(), 5);
    }

    [Fact]
    public void PerStep_IsSymmetricAndZeroOnlyWhenEqual()
    {
        random.manual_seed(3);
        using var a = rand(new long[] { 2, 2, 3, 6, 6 }).softmax(-1);
        using var b = rand(new long[] { 2, 2, 3, 6, 6 }).softmax(-1);
        using var same = AssociationDiscrepancy.PerStep(a, a);
        using var ab = AssociationDiscrepancy.PerStep(a, b);
        using var ba = AssociationDiscrepancy.PerStep(b, a);
        Assert.Equal(new long[] { 2, 6 }, ab.shape);
        Assert.Equal(0f, same.abs().max().item<float>());
        Assert.True(ab.allclose(ba));
        Assert.True(ab.min().item<float>() > 0);
    }

    [Fact]
    public void MinimaxLoss_ValueIsReconstructionAndGradientsHaveThePhasesSigns()
    {
        random.manual_seed(4);
        using var input = randn(2, 4, 3);
        using var reconstruction = randn(2, 4, 3);
        using var priorLogits = randn(new long[] { 2, 1, 2, 4, 4 }).requires_grad_(true);
        using var seriesLogits = randn(new long[] { 2, 1, 2, 4, 4 }).requires_grad_(true);
        const double lambda = 3;

        var loss = AssociationDiscrepancy.MinimaxLoss(input, reconstruction, priorLogits.softmax(-1), seriesLogits.softmax(-1), lambda);
        Assert.Equal(nn.functional.mse_loss(reconstruction, input).item<float>(), loss.item<float>(), 5);
        loss.backward();

        // Minimise phase: the prior moves to shrink the discrepancy; maximise phase: the series moves to grow it.
        using var priorOnly = priorLogits.detach().clone().requires_grad_(true);
        AssociationDiscrepancy.PerStep(priorOnly.softmax(-1), seriesLogits.detach().softmax(-1)).mean().backward();
        using var seriesOnly = seriesLogits.detach().clone().requires_grad_(true);
        AssociationDiscrepancy.PerStep(priorLogits.detach().softmax(-1), seriesOnly.softmax(-1)).mean().backward();
        Assert.True(priorLogits.grad!.allclose(priorOnly.grad! * (lambda / 2), rtol: 1e-4, atol: 1e-6));
        Assert.True(seriesLogits.grad!.allclose(seriesOnly.grad! * (-lambda / 2), rtol: 1e-4, atol: 1e-6));
    }

    [Fact]
    public void Score_EqualDiscrepancies_SpreadsTheErrorEvenly()
    {
        // Prior = series everywhere: AssDis = 0 at every step, softmax = 1/L, score = error / L.
        using var input = zeros(1, 4, 2);
        using var reconstruction = tensor(new float[] { 1, 1, 0, 0, 2, 0, 0, 0 }).view(1, 4, 2);
        using var association = full(new long[] { 1, 1, 1, 4, 4 }, 0.25f);
        var (score, discrepancy, error) = AssociationDiscrepancy.Score(input, reconstruction, association, association, temperature: 50);
        Assert.Equal([1f, 0f, 2f, 0f], error.data<float>().ToArray());
        Assert.Equal([0f, 0f, 0f, 0f], discrepancy.data<float>().ToArray());
        Assert.Equal([0.25f, 0f, 0.5f, 0f], score.data<float>().ToArray());
    }

    [Fact]
    public void Score_SmallerDiscrepancy_ScoresHigherAtEqualError()
    {
        using var input = zeros(1, 3, 1);
        using var reconstruction = ones(1, 3, 1);
        using var series = full(new long[] { 1, 1, 1, 3, 3 }, 1f / 3);
        // Step 1's prior equals its series row (no discrepancy); steps 0 and 2 put their prior on themselves.
        using var prior = tensor(new float[] { 1, 0, 0, 1f / 3, 1f / 3, 1f / 3, 0, 0, 1 }).view(1, 1, 1, 3, 3);
        var (score, _, _) = AssociationDiscrepancy.Score(input, reconstruction, prior, series, temperature: 1);
        var s = score.data<float>().ToArray();
        Assert.True(s[1] > s[0] && s[1] > s[2], string.Join(", ", s));
    }
}
