using MathNet.Numerics.LinearAlgebra;

namespace AttnTutorial.RealData;

/// <summary>
/// A second non-learned baseline for multichannel data: PCA reconstruction error. Channels are z-scored with the
/// training part's μ and σ (a <see cref="Standardizer"/>, clipped at ±10), the principal components that explain a
/// share of the training variance are kept, and a step's score is its squared distance from their span,
/// ‖z_t − V Vᵀ z_t‖². Introduced in chapter 12.
/// </summary>
/// <remarks>
/// The largest-|z| baseline sees one metric at a time; PCA also sees metrics that stop moving together (a CPU that
/// rises without the load that usually drives it), which is much of what a multichannel detector can add. It is
/// the classic baseline of the SMD literature's own comparisons and needs no training beyond one eigen-decomposition.
/// </remarks>
public sealed class PcaBaseline
{
    private readonly Matrix<double> _components;

    private PcaBaseline(Standardizer standardizer, Matrix<double> components, double explainedShare)
    {
        Standardizer = standardizer;
        _components = components;
        ExplainedShare = explainedShare;
    }

    /// <summary>The fitted μ and σ per channel.</summary>
    public Standardizer Standardizer { get; }

    /// <summary>Principal components kept.</summary>
    public int ComponentCount => _components.ColumnCount;

    /// <summary>The share of the training variance (in z units) the kept components explain.</summary>
    public double ExplainedShare { get; }

    /// <summary>Fits the standardizer and the components on <paramref name="training"/> (no missing values).</summary>
    /// <param name="training">The training part.</param>
    /// <param name="varianceShare">Keep the fewest components whose eigenvalues sum to at least this share of the total, in (0, 1]. Default 0.9, fixed before any test score was seen.</param>
    public static PcaBaseline Fit(TimeSeries training, double varianceShare = 0.9)
    {
        ArgumentNullException.ThrowIfNull(training);
        InvalidOptionException.ThrowUnless(varianceShare is > 0 and <= 1, nameof(varianceShare), varianceShare, "in (0, 1]");
        var standardizer = Standardizer.Fit(training);
        var z = standardizer.Transform(training);
        int channels = z.ChannelCount;
        var covariance = Matrix<double>.Build.Dense(channels, channels);
        for (int a = 0; a < channels; a++)
        {
            for (int b = a; b < channels; b++)
            {
                double sum = 0;
                var x = z.Channels[a];
                var y = z.Channels[b];
                for (int t = 0; t < z.Length; t++) sum += x[t] * (double)y[t];
                covariance[a, b] = covariance[b, a] = sum / z.Length;
            }
        }
        var eigen = covariance.Evd(MathNet.Numerics.LinearAlgebra.Symmetricity.Symmetric);
        // Eigenvalues come in ascending order; take them from the largest down.
        var values = eigen.EigenValues.Select(v => Math.Max(v.Real, 0)).ToArray();
        double total = values.Sum();
        var order = Enumerable.Range(0, channels).OrderByDescending(i => values[i]).ToArray();
        int keep = 0;
        double explained = 0;
        while (keep < channels && (total == 0 ? keep == 0 : explained < varianceShare * total - 1e-12))
        {
            explained += values[order[keep]];
            keep++;
        }
        var components = Matrix<double>.Build.Dense(channels, keep, (row, column) => eigen.EigenVectors[row, order[column]]);
        return new PcaBaseline(standardizer, components, total == 0 ? 1 : explained / total);
    }

    /// <summary>The score per step (length T): the squared reconstruction error in z units.</summary>
    public float[] Score(TimeSeries series)
    {
        var z = Standardizer.Transform(series);
        var scores = new float[z.Length];
        var step = Vector<double>.Build.Dense(z.ChannelCount);
        for (int t = 0; t < z.Length; t++)
        {
            for (int c = 0; c < z.ChannelCount; c++) step[c] = z.Channels[c][t];
            var residual = step - _components * (_components.TransposeThisAndMultiply(step));
            scores[t] = (float)residual.DotProduct(residual);
        }
        return scores;
    }
}
