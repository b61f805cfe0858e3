using AttnTutorial.RealData;
using AttnTutorial.SensorNetworks;

namespace AttnTutorial.Tests.SensorNetworks;

/// <summary>
/// The per-channel baselines a correlation break must fool, each fitted on the clean prefix and scoring every
/// (sensor, step) cell from that sensor alone.
/// </summary>
internal static class PerChannelRules
{
    /// <summary>|x − μ| / σ per sensor, μ and σ from the clean prefix: a level rule (the library's <see cref="ZScoreBaseline"/>).</summary>
    public static float[][] ZScores(SensorNetwork network)
    {
        var series = network.ToTimeSeries();
        return ZScoreBaseline.Fit(series.Slice(0, network.Options.CleanPrefixLength)).CellScores(series);
    }

    /// <summary>
    /// How far the spread of a centred 11-step window falls below or rises above the sensor's usual spread,
    /// |log(local σ / usual local σ)|: a variability rule that sees a stuck sensor.
    /// </summary>
    public static float[][] LocalSpreadScores(SensorNetwork network)
    {
        const int half = 5;
        int prefix = network.Options.CleanPrefixLength;
        return network.Values.Select(v =>
        {
            var local = Enumerable.Range(0, v.Length).Select(t =>
            {
                int from = Math.Max(0, t - half), to = Math.Min(v.Length, t + half + 1);
                return MeanStd(v.AsSpan(from, to - from)).Std;
            }).ToArray();
            double usual = local.Take(prefix).Average();
            return local.Select(s => (float)Math.Abs(Math.Log((s + 1e-9) / usual))).ToArray();
        }).ToArray();
    }

    /// <summary>ROC-AUC of cell scores against the per-sensor labels, over every (sensor, step) cell.</summary>
    public static double CellRocAuc(float[][] scores, bool[][] labels) =>
        AttnTutorial.Evaluation.BinaryMetrics.RocAuc(
            scores.SelectMany(s => s).ToArray(),
            labels.SelectMany(l => l.Select(b => b ? 1 : 0)).ToArray()) ?? double.NaN;

    public static (double Mean, double Std) MeanStd(ReadOnlySpan<float> values)
    {
        double sum = 0, squares = 0;
        foreach (float v in values) sum += v;
        double mean = sum / values.Length;
        foreach (float v in values) squares += (v - mean) * (v - mean);
        return (mean, Math.Sqrt(squares / values.Length));
    }

    /// <summary>Pearson correlation of two equally long spans.</summary>
    public static double Correlation(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        var (ma, sa) = MeanStd(a);
        var (mb, sb) = MeanStd(b);
        double sum = 0;
        for (int t = 0; t < a.Length; t++) sum += (a[t] - ma) * (b[t] - mb);
        return sum / a.Length / (sa * sb);
    }
}
