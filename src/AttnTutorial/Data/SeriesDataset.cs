using TorchSharp;
using static TorchSharp.torch;

namespace AttnTutorial.Data;

/// <summary>
/// A set of series as TorchSharp tensors, ready for training or evaluation, with the samples they came from.
/// Introduced in chapter 02.
/// </summary>
public sealed class SeriesDataset : IDisposable
{
    private SeriesDataset(IReadOnlyList<SeriesSample> samples, InputFeatures features, Tensor inputs, Tensor labels, Tensor masks)
    {
        Samples = samples;
        Features = features;
        Inputs = inputs;
        Labels = labels;
        Masks = masks;
    }

    /// <summary>The series, in tensor order.</summary>
    public IReadOnlyList<SeriesSample> Samples { get; }

    /// <summary>How the inputs were made from the series.</summary>
    public InputFeatures Features { get; }

    /// <summary>Model input, float32 (N, steps, features); with the seed features (N, T, C).</summary>
    public Tensor Inputs { get; }

    /// <summary>Sequence labels, float32 (N): 1 anomalous, 0 normal.</summary>
    public Tensor Labels { get; }

    /// <summary>Per-time-step anomaly masks, float32 (N, T).</summary>
    public Tensor Masks { get; }

    /// <summary>Model steps per series (the inputs' second dimension): T / PatchSize.</summary>
    public int Steps => (int)Inputs.shape[1];

    /// <summary>Features per model step (the inputs' last dimension): the models' InputSize.</summary>
    public int FeatureCount => (int)Inputs.shape[2];

    /// <summary>Number of series N.</summary>
    public int Count => Samples.Count;

    /// <summary>Sequence labels as ints, for the metric functions.</summary>
    public int[] LabelArray => Samples.Select(s => s.Label).ToArray();

    /// <summary>Builds the tensors. Fit <paramref name="scaler"/> on training series only.</summary>
    public static SeriesDataset Create(IReadOnlyList<SeriesSample> samples, InputFeatures features, MinMaxScaler scaler)
    {
        if (samples.Count == 0) throw new ArgumentException("A dataset needs at least one series.", nameof(samples));
        int length = samples[0].Length;
        int channels = samples[0].ChannelCount;
        features.Validate(length);
        int steps = features.StepCount(length);
        int featureCount = features.FeatureCount(channels);

        var inputs = new float[samples.Count * steps * featureCount];
        var labels = new float[samples.Count];
        var masks = new float[samples.Count * length];
        for (int i = 0; i < samples.Count; i++)
        {
            var sample = samples[i];
            if (sample.Length != length || sample.ChannelCount != channels)
                throw new ArgumentException($"Series {i} has shape ({sample.Length}, {sample.ChannelCount}); the first has ({length}, {channels}).", nameof(samples));
            features.Write(sample, scaler, inputs.AsSpan(i * steps * featureCount, steps * featureCount));
            labels[i] = sample.Label;
            for (int t = 0; t < length; t++) masks[i * length + t] = sample.Mask[t] ? 1f : 0f;
        }
        return new SeriesDataset(samples, features,
            tensor(inputs, [samples.Count, steps, featureCount]),
            tensor(labels, [samples.Count]),
            tensor(masks, [samples.Count, length]));
    }

    /// <summary>Disposes the tensors.</summary>
    public void Dispose()
    {
        Inputs.Dispose();
        Labels.Dispose();
        Masks.Dispose();
    }
}
