using AttnTutorial.Data;
using AttnTutorial.Models;
using AttnTutorial.RealData;
using AttnTutorial.Training;

namespace AttnTutorial.Tests.RealData;

/// <summary>A detector recipe small enough to train in a second, and a smooth series to train it on.</summary>
internal static class TinyRecipe
{
    public static readonly RealDataRecipe Value = new(
        "tiny",
        new WindowOptions { Length = 16, Stride = 8 },
        ScoreStride: 4,
        new InputFeatures { Scaling = ScalingMode.Global, FirstDifference = true, PatchSize = 2 },
        InjectionOptions.Default,
        new BiLstmAttentionOptions { HiddenSize = 4, AttentionSize = 4 },
        new TrainerOptions { Epochs = 1, Patience = 1, BatchSize = 16, Device = TrainingDevice.Cpu });

    /// <summary>sin(t/3) in channel 0 and, with two channels, cos(t/5) in channel 1.</summary>
    public static TimeSeries Wave(int length, int channels = 2)
    {
        float[][] all =
        [
            Enumerable.Range(0, length).Select(t => (float)Math.Sin(t / 3.0)).ToArray(),
            Enumerable.Range(0, length).Select(t => (float)Math.Cos(t / 5.0)).ToArray(),
        ];
        return SeriesFactory.Make(all[..channels]);
    }
}
