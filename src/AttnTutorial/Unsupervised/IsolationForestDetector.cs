using AttnTutorial.RealData;

namespace AttnTutorial.Unsupervised;

/// <summary>
/// <see cref="IsolationForest"/> on windows: the sample for step t is the window of the standardised series ending at
/// t (L steps × C channels, flattened), so a step is scored by how easily the last L steps are isolated from the
/// training windows. Introduced in chapter 13.
/// </summary>
/// <remarks>
/// Channels are z-scored with the training part's μ and σ (<see cref="Standardizer"/>, clipped at ±10), so a metric
/// constant in training that starts to move is easy to isolate. Training samples are the training part's windows at
/// <see cref="WindowOptions.Stride"/>; scoring cuts the scored series the same way and maps each window's score to
/// the steps after it causally (<see cref="CausalScores"/>): with stride 1, step t gets the window ending at t.
/// </remarks>
public sealed class IsolationForestDetector : IUnsupervisedDetector
{
    private Standardizer? _standardizer;
    private IsolationForest? _forest;

    /// <summary>A detector with the given windows and forest settings.</summary>
    /// <param name="windows">Window length L and stride; the chapter uses the same windows for every method on a data set.</param>
    /// <param name="forest">Trees and sub-sample size; null for <see cref="IsolationForestOptions.Default"/>. Its seed is replaced by the one given to <see cref="Fit"/>.</param>
    public IsolationForestDetector(WindowOptions windows, IsolationForestOptions? forest = null)
    {
        ArgumentNullException.ThrowIfNull(windows);
        Windows = windows.Validate();
        Forest = (forest ?? IsolationForestOptions.Default).Validate();
    }

    /// <inheritdoc/>
    public string Name => "Isolation Forest";

    /// <summary>Window length and stride.</summary>
    public WindowOptions Windows { get; }

    /// <summary>The forest's settings (its seed is the one given to <see cref="Fit"/>).</summary>
    public IsolationForestOptions Forest { get; }

    /// <summary>The fitted forest, or null before <see cref="Fit"/>.</summary>
    public IsolationForest? Fitted => _forest;

    /// <inheritdoc/>
    public void Fit(TimeSeries train, int seed)
    {
        ArgumentNullException.ThrowIfNull(train);
        var standardizer = Standardizer.Fit(train);
        var z = standardizer.Transform(train);
        var starts = SlidingWindows.Starts(z.Length, Windows);
        _forest = IsolationForest.Fit(starts.Length, Windows.Length * z.ChannelCount, i => Flatten(z, starts[i]), Forest with { RandomSeed = seed });
        _standardizer = standardizer;
    }

    /// <inheritdoc/>
    public float[] Score(TimeSeries series)
    {
        var forest = FittedState.Require(_forest, Name);
        FittedState.CheckSeries(series, _standardizer!.Mean.Count, Name);
        var z = _standardizer.Transform(series);
        var starts = SlidingWindows.Starts(z.Length, Windows);
        var windowScores = starts.Select(s => (float)forest.Score(Flatten(z, s))).ToArray();
        return CausalScores.LowestBeforeFirstWindow(CausalScores.Map(z.Length, Windows.Length, starts, windowScores));
    }

    /// <summary>Steps start … start + L − 1 of every channel as one vector, step-major: feature k·C + c is channel c at step start + k.</summary>
    private float[] Flatten(TimeSeries z, int start)
    {
        int channels = z.ChannelCount;
        var sample = new float[Windows.Length * channels];
        for (int k = 0; k < Windows.Length; k++)
        {
            for (int c = 0; c < channels; c++) sample[k * channels + c] = z.Channels[c][start + k];
        }
        return sample;
    }
}
