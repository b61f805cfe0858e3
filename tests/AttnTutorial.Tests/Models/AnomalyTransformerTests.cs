using AttnTutorial.Models;
using TorchSharp;
using static TorchSharp.torch;

namespace AttnTutorial.Tests.Models;

[Collection(TorchTests.Collection)]
public class AnomalyTransformerTests
{
    [Fact]
    public void Forward_ShapesAndDistributions()
    {
        random.manual_seed(5);
        using var model = new AnomalyTransformer(new() { InputSize = 3, Layers = 2, Heads = 2, ModelSize = 16 });
        using var input = randn(4, 10, 3);
        var (reconstruction, series, prior, sigma) = model.forward(input);
        Assert.Equal(new long[] { 4, 10, 3 }, reconstruction.shape);
        Assert.Equal(new long[] { 4, 2, 2, 10, 10 }, series.shape);
        Assert.Equal(new long[] { 4, 2, 2, 10, 10 }, prior.shape);
        Assert.Equal(new long[] { 4, 2, 2, 10 }, sigma.shape);
        TinyRun.AssertRowsSumToOne(series);
        TinyRun.AssertRowsSumToOne(prior);
        // σ = 3^(sigmoid(·) + 1e-5) − 1 lies in (0, 3^(1 + 1e-5) − 1 ≈ 2.00003].
        Assert.True(sigma.min().item<float>() > 0 && sigma.max().item<float>() <= 2.0001f, $"σ in [{sigma.min().item<float>()}, {sigma.max().item<float>()}]");
    }

    [Fact]
    public void PriorAssociation_SigmaOne_IsTheNormalisedGaussianKernel()
    {
        using var sigma = tensor(new float[] { 1, 1, 1 });
        using var prior = AnomalyTransformer.PriorAssociation(sigma, 3);
        // Row 0: (e⁰, e^−½, e^−2) / their sum; row 1: (e^−½, e⁰, e^−½) / their sum.
        var p = prior.data<float>().ToArray();
        Assert.Equal(0.574097f, p[0], 5);
        Assert.Equal(0.348207f, p[1], 5);
        Assert.Equal(0.077696f, p[2], 5);
        Assert.Equal(0.274069f, p[3], 5);
        Assert.Equal(0.451863f, p[4], 5);
        Assert.Equal(p[0], p[8], 6); // row 2 mirrors row 0
    }

    [Fact]
    public void PriorAssociation_EqualsGaussianDensityRescaled()
    {
        // The paper's kernel with its 1/(√(2π)σ) factor, normalised per row, for a different σ per step.
        float[] sigmas = [0.3f, 0.8f, 1.7f, 2.5f, 0.05f];
        using var sigma = tensor(sigmas);
        var prior = AnomalyTransformer.PriorAssociation(sigma, 5).data<float>().ToArray();
        for (int i = 0; i < 5; i++)
        {
            var density = Enumerable.Range(0, 5).Select(j => Math.Exp(-(j - i) * (j - i) / (2.0 * sigmas[i] * sigmas[i])) / (Math.Sqrt(2 * Math.PI) * sigmas[i])).ToArray();
            double sum = density.Sum();
            for (int j = 0; j < 5; j++) Assert.Equal(density[j] / sum, prior[i * 5 + j], 5);
        }
    }

    [Fact]
    public void PriorAssociation_WrongLength_Throws()
    {
        using var sigma = ones(2, 4);
        Assert.Throws<ArgumentException>(() => AnomalyTransformer.PriorAssociation(sigma, 5));
    }
}
