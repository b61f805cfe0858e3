namespace AttnTutorial.Evaluation;

/// <summary>What <see cref="VolumeUnderSurface.Compute"/> measured.</summary>
/// <param name="RocVolume">VUS-ROC: the mean of <paramref name="RangeRocAuc"/> over the buffers, in [0, 1].</param>
/// <param name="PrVolume">VUS-PR: the mean of <paramref name="RangePrAuc"/> over the buffers, in [0, 1].</param>
/// <param name="RangeRocAuc">Per buffer length ℓ = 0..MaxBuffer, the range-based ROC-AUC.</param>
/// <param name="RangePrAuc">Per buffer length ℓ = 0..MaxBuffer, the range-based area under the PR curve.</param>
public sealed record VolumeUnderSurfaceReport(double RocVolume, double PrVolume, double[] RangeRocAuc, double[] RangePrAuc)
{
    /// <summary>The largest buffer length used.</summary>
    public int MaxBuffer => RangeRocAuc.Length - 1;
}
