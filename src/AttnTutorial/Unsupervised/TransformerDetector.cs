using AttnTutorial.Models;
using AttnTutorial.RealData;
using AttnTutorial.Training;
using TorchSharp;
using static TorchSharp.torch;

namespace AttnTutorial.Unsupervised;

/// <summary>
/// "Learn normal, flag surprise" with a small Transformer encoder (<see cref="TransformerForecaster"/>): trained on
/// windows of an unlabelled series to forecast the next step or to reconstruct the window, it scores each step by
/// how wrong it is there. Introduced in chapter 13.
/// </summary>
/// <remarks>
/// <para>Values are z-scored per channel with the training series' μ and σ (<see cref="Standardizer"/>, |z| clipped at
/// 10). Every <see cref="DetectorWindowOptions.ValidationEvery"/>-th block of the training series is held out and
/// picks the epoch (<see cref="WindowTrainer"/>, mean squared error).</para>
/// <para>Step t's score is e_t = (1/C) Σ_c (x_{t,c} − x̂_{t,c})², in z units. A forecast x̂_t comes from steps
/// t − L .. t − 1 only; a reconstruction x̂_t is the last step of the reconstructed window t − L + 1 .. t. Both use only
/// steps ≤ t (causal, <see cref="CausalScores"/>): an alarm could be raised as the data arrive.</para>
/// <para>Reconstruction has a known weakness: with residual connections the model can learn something close to the
/// identity, which reproduces anomalies as well as normal steps. A forecast cannot copy the step it is judged on.</para>
/// </remarks>
public sealed class TransformerDetector : IUnsupervisedDetector, IDisposable
{
    private readonly IProgress<TrainingProgress>? _progress;
    private TransformerForecaster? _model;
    private Standardizer? _standardizer;
    private TimeSeries? _fittedOn;

    /// <summary>Creates an unfitted detector; the options are validated here.</summary>
    /// <param name="options">E.g. <see cref="TransformerDetectorOptions.Forecast"/> or <see cref="TransformerDetectorOptions.Reconstruction"/>.</param>
    /// <param name="progress">Called after every training batch and epoch, as <see cref="Trainer.Fit"/> does.</param>
    public TransformerDetector(TransformerDetectorOptions options, IProgress<TrainingProgress>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options.Validate();
        _progress = progress;
    }

    /// <summary>The options in force.</summary>
    public TransformerDetectorOptions Options { get; }

    /// <inheritdoc/>
    public string Name => Options.Model.Objective == TransformerObjective.Forecast ? "Transformer forecast" : "Transformer reconstruction";

    /// <summary>The trained model; null before <see cref="Fit"/>.</summary>
    public TransformerForecaster? Model => _model;

    /// <summary>μ and σ per channel from the training series; null before <see cref="Fit"/>.</summary>
    public Standardizer? Standardizer => _standardizer;

    /// <summary>What training measured; null before <see cref="Fit"/>.</summary>
    public TrainingHistory? History { get; private set; }

    private bool IsForecast => Options.Model.Objective == TransformerObjective.Forecast;

    // Steps a training window spans: the input plus the forecast horizon, or the window reconstructed.
    private int TrainingWindowLength => IsForecast ? Options.Windows.WindowLength + Options.Model.Horizon : Options.Windows.WindowLength;

    // Steps a scoring window spans: the input plus the one step judged, or the window whose last step is judged.
    private int ScoringWindowLength => IsForecast ? Options.Windows.WindowLength + 1 : Options.Windows.WindowLength;

    /// <inheritdoc/>
    /// <exception cref="ArgumentException">The series is too short for training and validation windows or has missing values; the message names the file.</exception>
    public void Fit(TimeSeries train, int seed)
    {
        ArgumentNullException.ThrowIfNull(train);
        var (model, standardizer, history) = DetectorWindows.Fit(train, seed, Options.Windows, TrainingWindowLength,
            () => new TransformerForecaster(Options.Model with { InputSize = train.ChannelCount }), Loss, validationLoss: null, _progress);
        _model?.Dispose();
        (_model, _standardizer, History, _fittedOn) = (model, standardizer, history, train);
    }

    // Mean squared error of the forecast of the steps after the input, or of the reconstructed window.
    private Func<Tensor, Tensor> Loss(TransformerForecaster model) => batch =>
    {
        if (!IsForecast) return nn.functional.mse_loss(model.forward(batch).Output, batch);
        int length = Options.Windows.WindowLength;
        var (forecast, _) = model.forward(batch.narrow(1, 0, length));
        return nn.functional.mse_loss(forecast, batch.narrow(1, length, Options.Model.Horizon));
    };

    /// <inheritdoc/>
    /// <exception cref="ArgumentException">The series has other channels than the training series, missing values, or fewer steps than one window; the message names the file.</exception>
    public float[] Score(TimeSeries series) => Errors(series).Scores;

    /// <summary>The squared error per step and per channel (causal), in z units.</summary>
    /// <exception cref="InvalidOperationException">When <see cref="Fit"/> has not been called.</exception>
    /// <exception cref="ArgumentException">The series has other channels than the training series, missing values, or fewer steps than one window; the message names the file.</exception>
    public StepErrors Errors(TimeSeries series)
    {
        DetectorWindows.CheckSeries(series, Name, _fittedOn);
        var model = _model!;
        using var windows = UnlabelledWindows.Cut(series, _standardizer!, new WindowOptions { Length = ScoringWindowLength, Stride = Options.Windows.ScoreStride });
        int length = Options.Windows.WindowLength;
        // (batch, C): each window's squared error at the step it judges, its last.
        var perWindow = DetectorWindows.Map(windows, Options.Windows.Training.EvaluationBatchSize, Options.Windows.Training.Threads, batch =>
        {
            if (IsForecast)
            {
                var (forecast, _) = model.forward(batch.narrow(1, 0, length));
                return (forecast.select(1, 0) - batch.select(1, length)).square();
            }
            var (reconstruction, _) = model.forward(batch);
            return (reconstruction.select(1, length - 1) - batch.select(1, length - 1)).square();
        });
        int channels = series.ChannelCount;
        var channelErrors = Enumerable.Range(0, channels)
            .Select(c => DetectorWindows.Causal(series.Length, windows, DetectorWindows.Column(perWindow, c)))
            .ToArray();
        var scores = DetectorWindows.Causal(series.Length, windows, perWindow.Select(row => row.Average()).ToArray());
        return new StepErrors(scores, channelErrors, windows.Starts[0] + ScoringWindowLength - 1);
    }

    /// <summary>The attention maps of the window the model used to score <paramref name="step"/> (its input window for a forecast, the window ending at the step for a reconstruction).</summary>
    /// <exception cref="InvalidOperationException">When <see cref="Fit"/> has not been called.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The step is before the first full window or past the end.</exception>
    public AttentionMaps AttentionAt(TimeSeries series, int step)
    {
        DetectorWindows.CheckSeries(series, Name, _fittedOn);
        if (IsForecast && step == Options.Windows.WindowLength - 1)
            throw new ArgumentOutOfRangeException(nameof(step), $"step {step} of {series.SourceFile} is not in [{Options.Windows.WindowLength}, {series.Length}): a forecast needs {Options.Windows.WindowLength} steps before it.");
        // The model's input for this step: the window ending just before it (forecast) or at it (reconstruction).
        var (start, window) = DetectorWindows.EndingAt(series, IsForecast ? step - 1 : step, Options.Windows.WindowLength, _standardizer!);
        using (window)
        {
            var weights = DetectorWindows.Map(window, 1, Options.Windows.Training.Threads, batch => _model!.forward(batch).Weights.flatten(1))[0];
            return AttentionMaps.FromFlat(step, start, weights, Options.Model.Layers, Options.Model.Heads, Options.Windows.WindowLength);
        }
    }

    /// <summary>Disposes the model.</summary>
    public void Dispose()
    {
        _model?.Dispose();
        _model = null;
    }
}
