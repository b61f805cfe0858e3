using AttnTutorial.Data;
using TorchSharp;
using static TorchSharp.torch;

namespace AttnTutorial.RealData;

/// <summary>
/// Which channels a classifier's score rests on for one stretch of a multivariate series. Attention answers
/// "when"; this answers "which metric", to set beside an SMD-style <see cref="InterpretationLabels"/> file.
/// </summary>
/// <remarks>
/// Gradient × input: for each window covering the stretch, the gradient of the logit with respect to every
/// input feature times that feature's value, in absolute value, summed over the window's steps and over the
/// features that come from the same channel (values, differences, patch neighbours), then averaged over the
/// windows and normalised to sum to 1. It is a first-order sensitivity, not a causal proof; cheap enough for
/// every detected anomaly.
/// </remarks>
public static class ChannelAttribution
{
    /// <summary>Per channel (length C), the share of attribution over the windows that overlap <paramref name="range"/>.</summary>
    /// <param name="model">The trained classifier.</param>
    /// <param name="series">The scored series (as fed to <see cref="StreamingScorer.Score"/>).</param>
    /// <param name="features">The model's input features.</param>
    /// <param name="scaler">The scaler fitted on the training windows.</param>
    /// <param name="windows">Window length and stride used for scoring.</param>
    /// <param name="range">The stretch to explain, e.g. a detected anomaly run.</param>
    public static float[] GradientTimesInput(
        nn.Module<Tensor, (Tensor Logits, Tensor Weights)> model,
        TimeSeries series,
        InputFeatures features,
        MinMaxScaler scaler,
        WindowOptions windows,
        StepRange range)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(series);
        var starts = SlidingWindows.Starts(series.Length, windows)
            .Where(s => s < range.End && s + windows.Length > range.Start)
            .ToArray();
        if (starts.Length == 0) throw new ArgumentOutOfRangeException(nameof(range), $"no window overlaps {range}.");
        var samples = starts.Select(s => SlidingWindows.Window(series, s, windows)).ToArray();

        bool wasTraining = model.training;
        model.eval();
        try
        {
            using var scope = NewDisposeScope();
            using var dataset = SeriesDataset.Create(samples, features, scaler);
            var inputs = dataset.Inputs.detach().clone().requires_grad_(true);
            var (logits, _) = model.forward(inputs);
            logits.sum().backward();
            // (N, steps, features) -> (features): how much each input feature moved the logits, summed over windows and steps.
            var perFeature = (inputs.grad! * inputs).abs().sum([0, 1]).data<float>().ToArray();
            int perChannel = perFeature.Length / series.ChannelCount;
            var perChannelScores = new float[series.ChannelCount];
            for (int f = 0; f < perFeature.Length; f++) perChannelScores[f / perChannel] += perFeature[f];
            float total = perChannelScores.Sum();
            if (total > 0)
            {
                for (int c = 0; c < perChannelScores.Length; c++) perChannelScores[c] /= total;
            }
            return perChannelScores;
        }
        finally
        {
            model.train(wasTraining);
        }
    }

    /// <summary>The <paramref name="k"/> channels with the highest scores, highest first (ties: lower channel first).</summary>
    public static int[] Top(IReadOnlyList<float> channelScores, int k)
    {
        ArgumentNullException.ThrowIfNull(channelScores);
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
        return Enumerable.Range(0, channelScores.Count).OrderByDescending(c => channelScores[c]).ThenBy(c => c).Take(k).ToArray();
    }

    /// <summary>
    /// Share of <paramref name="blamed"/> channels (the ground truth) found among the top |blamed| channels by
    /// <paramref name="channelScores"/>: 1 when the ranking puts exactly the blamed channels first.
    /// </summary>
    public static double HitRate(IReadOnlyList<float> channelScores, IReadOnlyList<int> blamed)
    {
        ArgumentNullException.ThrowIfNull(blamed);
        if (blamed.Count == 0) throw new ArgumentException("blamed is empty.", nameof(blamed));
        var top = Top(channelScores, Math.Min(blamed.Count, channelScores.Count));
        return (double)top.Count(blamed.Contains) / blamed.Count;
    }
}
