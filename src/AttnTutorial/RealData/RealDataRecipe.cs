using AttnTutorial.Data;
using AttnTutorial.Models;
using AttnTutorial.Training;

namespace AttnTutorial.RealData;

/// <summary>
/// Everything that decides a <see cref="WindowDetector"/> run on a long real series: windows, input features,
/// the anomalies injected into the (unlabelled) training windows, model shape and trainer settings.
/// </summary>
/// <param name="Name">Short name for tables ("nyc-taxi", "smd").</param>
/// <param name="Windows">Training windows: length and stride.</param>
/// <param name="ScoreStride">Stride when scoring (smaller = smoother per-step scores, more windows to run).</param>
/// <param name="Features">How a window becomes model input; <see cref="InputFeatures.Scaling"/> is fitted on the training windows.</param>
/// <param name="Injection">What is injected into copies of the training and validation windows.</param>
/// <param name="Model">Model shape; <see cref="BiLstmAttentionOptions.InputSize"/> is derived from the features.</param>
/// <param name="Training">Trainer settings.</param>
public sealed record RealDataRecipe(
    string Name,
    WindowOptions Windows,
    int ScoreStride,
    InputFeatures Features,
    InjectionOptions Injection,
    BiLstmAttentionOptions Model,
    TrainerOptions Training)
{
    private static readonly TrainerOptions Tuned = new()
    {
        LearningRate = 3e-3, BatchSize = 64, Epochs = 8, Patience = 3, Schedule = LearningRateSchedule.OneCycle, GradientClipNorm = 1.0,
    };

    /// <summary>
    /// NAB nyc_taxi: windows of 192 steps (4 days) every 8, each window min-max scaled by its own range (so the
    /// slow drift from summer to winter does not look anomalous; only the shape counts), a first-difference feature,
    /// 4 steps per LSTM step; level shifts, spikes, flats and noise of 1–3 σ over 10–40 % of a window; 8 epochs.
    /// Trained on 2014-07-01..09-19 and validated on 09-20..10-27 with the threshold at the validation maximum, single
    /// seeds (1–15) found 3 to 5 of the 5 events and 5-seed <see cref="DetectorEnsemble"/>s found all 5 with 0–1 false
    /// alarm runs, alarming on 28–35 % of the test part (the same alarms shifted at random catch 2.4–2.9 events).
    /// With global min-max scaling (fitted on training windows) the seeds gave 3 to 5 events too, but alarmed on about half of the test part.
    /// </summary>
    public static RealDataRecipe NycTaxi { get; } = new(
        "nyc-taxi",
        new WindowOptions { Length = 192, Stride = 8 },
        ScoreStride: 4,
        new InputFeatures { Scaling = ScalingMode.PerSeries, FirstDifference = true, PatchSize = 4 },
        new InjectionOptions { MagnitudeMin = 1, MagnitudeMax = 3, SegmentFractionMin = 0.1, SegmentFractionMax = 0.4 },
        BiLstmAttentionOptions.Seed,
        Tuned);

    /// <summary>
    /// SMD machine-2-1, for a series already in z units (<see cref="Standardizer"/> fitted on the training parts;
    /// hence no scaling here): windows of 32 steps every 16, 2 steps per LSTM step; spikes, level shifts and noise of
    /// 2–6 σ (σ at least 0.5 z, so channels constant in training get visible ones) in up to 5 channels over 5–50 % of a
    /// window; 6 epochs. No flat stretches: on SMD's many quiet metrics a flattened stretch is invisible (a model
    /// trained on flats alone reached a validation AUC of 0.51), so they only teach the model noise.
    /// Trained on interleaved blocks of the training file (<see cref="TimeSeries.InterleavedSplit"/>: 1,000 minutes,
    /// every fifth block for validation), single seeds (1–15) gave test ROC-AUC 0.57–0.90 and 5-seed
    /// <see cref="DetectorEnsemble"/>s 0.78–0.85, against 0.70 for the z-score baseline. Either change alone fell short
    /// (ensembles of seeds 1–5: interleaved but with flats 0.77, without flats but validated on the last fifth 0.66).
    /// </summary>
    public static RealDataRecipe Smd { get; } = new(
        "smd",
        new WindowOptions { Length = 32, Stride = 16 },
        ScoreStride: 8,
        new InputFeatures { Scaling = ScalingMode.None, PatchSize = 2 },
        new InjectionOptions
        {
            Kinds = [AnomalyKind.Spike, AnomalyKind.LevelShift, AnomalyKind.Noise],
            MagnitudeMin = 2, MagnitudeMax = 6, SegmentFractionMin = 0.05, SegmentFractionMax = 0.5, MaxChannels = 5, MinScale = 0.5,
        },
        BiLstmAttentionOptions.Seed,
        Tuned with { Epochs = 6 });

    /// <summary>
    /// Chapter 14's time-only baseline on a generated sensor network (<c>SensorNetwork.ToTimeSeries()</c>), trained with
    /// <see cref="WindowDetector.TrainOnLabels"/> on a labelled network: windows of 64 steps every 8, anomalous from 8
    /// labelled steps on (a window that only grazes an event is not taught as one), scored every 4 steps; every sensor
    /// min-max scaled on the training windows (so a level change stays visible), 2 steps per LSTM step (16 sensors give
    /// 32 features per step); the seed BiLSTM with attention over time; the tuned trainer, 10 epochs. No first-difference
    /// feature: the network's readings are noise-driven, and with differences the model memorised its 24,000 training
    /// steps within 3 epochs (validation loss rising from epoch 3; without them it kept falling to epoch 9, and a
    /// spreading event's per-step ROC-AUC was 1.00 instead of 0.84, seed 42). <see cref="Injection"/> is not used: the
    /// network's labels say which windows are anomalous.
    /// </summary>
    public static RealDataRecipe SensorNetwork { get; } = new(
        "sensor-network",
        new WindowOptions { Length = 64, Stride = 8, MinAnomalousSteps = 8 },
        ScoreStride: 4,
        new InputFeatures { Scaling = ScalingMode.Global, PatchSize = 2 },
        InjectionOptions.Default,
        BiLstmAttentionOptions.Seed,
        Tuned with { Epochs = 10 });

    /// <summary>The same recipe made to run in seconds: a window every 3 strides, 2 epochs. For tests and a notebook's quick mode; the numbers will be worse.</summary>
    public RealDataRecipe Quick() => this with
    {
        Name = Name + "-quick",
        Windows = Windows with { Stride = Math.Min(Windows.Length, Windows.Stride * 3) },
        ScoreStride = Math.Min(Windows.Length, ScoreStride * 3),
        Training = Training with { Epochs = 2, Patience = 2 },
    };

    /// <summary>The model options with the input size the features give for <paramref name="channels"/> channels.</summary>
    public BiLstmAttentionOptions ModelOptions(int channels) => Model with { InputSize = Features.FeatureCount(channels) };

    /// <summary>The windows used when scoring: the training length with <see cref="ScoreStride"/>.</summary>
    public WindowOptions ScoringWindows => Windows with { Stride = ScoreStride };

    /// <summary>Throws <see cref="InvalidOptionException"/> naming the first bad option in any part.</summary>
    public RealDataRecipe Validate()
    {
        Windows.Validate();
        InvalidOptionException.ThrowUnless(ScoreStride >= 1 && ScoreStride <= Windows.Length, nameof(ScoreStride), ScoreStride, $"in [1, window length {Windows.Length}]");
        Features.Validate(Windows.Length);
        Injection.Validate();
        Model.Validate();
        Training.Validate();
        return this;
    }
}
