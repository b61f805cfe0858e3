using AttnTutorial.Models;
using AttnTutorial.RealData;
using AttnTutorial.Training;
using static TorchSharp.torch;

namespace AttnTutorial.Unsupervised;

/// <summary>
/// Association discrepancy as an anomaly detector (Anomaly Transformer, Xu et al., ICLR 2022): an
/// <see cref="AnomalyTransformer"/> trained on unlabelled windows with the minimax loss, scoring each step by
/// softmax(−τ·AssDis) ⊙ reconstruction error (<see cref="AssociationDiscrepancy"/>). Introduced in chapter 13.
/// </summary>
/// <remarks>
/// <para>Values are z-scored with the training series' μ and σ (<see cref="Standardizer"/>). Every
/// <see cref="DetectorWindowOptions.ValidationEvery"/>-th block of the training series is held out and picks
/// the epoch by reconstruction MSE. The reference code early-stops on both phases' losses and computes them on the <i>test</i> loader; the paper
/// does not say; using the test data would leak, so here the validation part is held out of the training series.</para>
/// <para>Causal scores: step t is scored inside the window of L steps ending at t, by that window's last row. The paper
/// and code score non-overlapping windows and give every step of a window its own row, so a step's score there uses
/// up to L − 1 later steps; an alarm raised as the data arrive cannot.</para>
/// <para>What the course measured against the paper's claim that the discrepancy finds what reconstruction misses: on a
/// clean sine with spikes and flat runs, the spikes score far above every normal step (ROC-AUC ≈ 1), but the flat runs —
/// values still inside the normal range — rank at or below chance (ROC-AUC 0.26–0.55 over the τ, λ, d and epochs tried)
/// for the score, the reconstruction error and the discrepancy (low = anomalous) alike; the forecasting
/// <see cref="TransformerDetector"/> catches both.</para>
/// <para>The paper's results on SMD are reported with point adjustment (an event counts as found, every step of it, once
/// one step crosses the threshold), which inflates F1 a great deal; chapter 13 reports ROC-AUC, AUC-PR and VUS-PR instead.</para>
/// </remarks>
public sealed class AnomalyTransformerDetector : IUnsupervisedDetector, IDisposable
{
    private readonly IProgress<TrainingProgress>? _progress;
    private AnomalyTransformer? _model;
    private Standardizer? _standardizer;
    private TimeSeries? _fittedOn;

    /// <summary>Creates an unfitted detector; the options are validated here.</summary>
    /// <param name="options">E.g. <see cref="AnomalyTransformerDetectorOptions.Default"/>.</param>
    /// <param name="progress">Called after every training batch and epoch, as <see cref="Trainer.Fit"/> does.</param>
    public AnomalyTransformerDetector(AnomalyTransformerDetectorOptions options, IProgress<TrainingProgress>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options.Validate();
        _progress = progress;
    }

    /// <summary>The options in force.</summary>
    public AnomalyTransformerDetectorOptions Options { get; }

    /// <inheritdoc/>
    public string Name => "Anomaly Transformer";

    /// <summary>The trained model; null before <see cref="Fit"/>.</summary>
    public AnomalyTransformer? Model => _model;

    /// <summary>μ and σ per channel from the training series; null before <see cref="Fit"/>.</summary>
    public Standardizer? Standardizer => _standardizer;

    /// <summary>What training measured (train loss: the minimax loss, whose value is the reconstruction MSE; validation loss: reconstruction MSE); null before <see cref="Fit"/>.</summary>
    public TrainingHistory? History { get; private set; }

    /// <inheritdoc/>
    /// <exception cref="ArgumentException">The series is too short for training and validation windows or has missing values; the message names the file.</exception>
    public void Fit(TimeSeries train, int seed)
    {
        ArgumentNullException.ThrowIfNull(train);
        var (model, standardizer, history) = DetectorWindows.Fit(train, seed, Options.Windows, Options.Windows.WindowLength,
            () => new AnomalyTransformer(Options.Model with { InputSize = train.ChannelCount }), Minimax, Reconstruction, _progress);
        _model?.Dispose();
        (_model, _standardizer, History, _fittedOn) = (model, standardizer, history, train);
    }

    private Func<Tensor, Tensor> Minimax(AnomalyTransformer model) => batch =>
    {
        var (reconstruction, series, prior, _) = model.forward(batch);
        return AssociationDiscrepancy.MinimaxLoss(batch, reconstruction, prior, series, Options.Lambda);
    };

    private static Func<Tensor, Tensor> Reconstruction(AnomalyTransformer model) => batch => nn.functional.mse_loss(model.forward(batch).Reconstruction, batch);

    /// <inheritdoc/>
    /// <exception cref="ArgumentException">The series has other channels than the training series, missing values, or fewer steps than one window; the message names the file.</exception>
    public float[] Score(TimeSeries series) => Details(series).Scores;

    /// <summary>Score, association discrepancy and reconstruction error per step, each from the window ending at the step.</summary>
    /// <exception cref="InvalidOperationException">When <see cref="Fit"/> has not been called.</exception>
    /// <exception cref="ArgumentException">The series has other channels than the training series, missing values, or fewer steps than one window; the message names the file.</exception>
    public AssociationScores Details(TimeSeries series)
    {
        DetectorWindows.CheckSeries(series, Name, _fittedOn);
        var model = _model!;
        int length = Options.Windows.WindowLength;
        using var windows = UnlabelledWindows.Cut(series, _standardizer!, new WindowOptions { Length = length, Stride = Options.Windows.ScoreStride });
        // (batch, 3): score, discrepancy and error at each window's last step.
        var perWindow = DetectorWindows.Map(windows, Options.Windows.Training.EvaluationBatchSize, Options.Windows.Training.Threads, batch =>
        {
            var (reconstruction, seriesAssociation, prior, _) = model.forward(batch);
            var (score, discrepancy, error) = AssociationDiscrepancy.Score(batch, reconstruction, prior, seriesAssociation, Options.Temperature);
            return stack(new[] { score.select(1, length - 1), discrepancy.select(1, length - 1), error.select(1, length - 1) }, dim: 1);
        });
        float[] Mapped(int k) => DetectorWindows.Causal(series.Length, windows, DetectorWindows.Column(perWindow, k));
        return new AssociationScores(Mapped(0), Mapped(1), Mapped(2), windows.Starts[0] + length - 1);
    }

    /// <summary>Series and prior association of the window ending at <paramref name="step"/>, every layer and head.</summary>
    /// <exception cref="InvalidOperationException">When <see cref="Fit"/> has not been called.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The step is before the first full window or past the end.</exception>
    public (AttentionMaps Series, AttentionMaps Prior) AssociationsAt(TimeSeries series, int step)
    {
        DetectorWindows.CheckSeries(series, Name, _fittedOn);
        int length = Options.Windows.WindowLength;
        var (start, window) = DetectorWindows.EndingAt(series, step, length, _standardizer!);
        using (window)
        {
            var both = DetectorWindows.Map(window, 1, Options.Windows.Training.Threads, batch =>
            {
                var (_, seriesAssociation, prior, _) = _model!.forward(batch);
                return cat(new[] { seriesAssociation.flatten(1), prior.flatten(1) }, dim: 1);
            })[0];
            int half = both.Length / 2;
            AttentionMaps Maps(float[] flat) => AttentionMaps.FromFlat(step, start, flat, Options.Model.Layers, Options.Model.Heads, length);
            return (Maps(both[..half]), Maps(both[half..]));
        }
    }

    /// <summary>Disposes the model.</summary>
    public void Dispose()
    {
        _model?.Dispose();
        _model = null;
    }
}
