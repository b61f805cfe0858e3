using AttnTutorial.Data;
using AttnTutorial.Training;
using TorchSharp;
using static TorchSharp.torch;

namespace AttnTutorial.RealData;

/// <summary>
/// Scores a long series window by window with a trained classifier and maps the window scores and attention
/// weights back to time steps, averaging where windows overlap.
/// </summary>
/// <remarks>
/// Windows are built and scored a chunk at a time, so memory stays bounded however long the series is; the
/// model sees batches of <c>batchSize</c> windows without gradients.
/// </remarks>
public static class StreamingScorer
{
    /// <summary>Windows turned into tensors at once; bounds memory for long series with small strides.</summary>
    private const int ChunkSize = 4096;

    /// <summary>Scores every window of <paramref name="series"/> and maps the results to its steps.</summary>
    /// <param name="model">A trained classifier; forward gives logits (batch) and weights (batch, steps).</param>
    /// <param name="series">The series to score; no missing values.</param>
    /// <param name="features">The input features the model was trained with.</param>
    /// <param name="scaler">The scaler fitted on the training windows.</param>
    /// <param name="windows">Window length and stride; the length must be the training windows' length.</param>
    /// <param name="batchSize">Windows per forward pass. Default 256.</param>
    /// <param name="device">Where to run the model; null for the CPU.</param>
    /// <returns>Scores are sigmoid probabilities, per window and averaged per step.</returns>
    public static StepScores Score(
        nn.Module<Tensor, (Tensor Logits, Tensor Weights)> model,
        TimeSeries series,
        InputFeatures features,
        MinMaxScaler scaler,
        WindowOptions windows,
        int batchSize = 256,
        Device? device = null)
    {
        ArgumentNullException.ThrowIfNull(series);
        var missing = MissingValues.Detect(series);
        if (missing.Any)
            throw new ArgumentException($"{series.SourceFile} has {missing.Total} missing values; fill them first (MissingValues.Fill).", nameof(series));
        var starts = SlidingWindows.Starts(series.Length, windows);
        var scores = new float[starts.Length];
        var weights = new float[starts.Length][];
        for (int first = 0; first < starts.Length; first += ChunkSize)
        {
            int count = Math.Min(ChunkSize, starts.Length - first);
            var chunk = new SeriesSample[count];
            for (int i = 0; i < count; i++) chunk[i] = SlidingWindows.Window(series, starts[first + i], windows);
            using var dataset = SeriesDataset.Create(chunk, features, scaler);
            var predictions = Predictor.Predict(model, dataset, batchSize, device);
            predictions.Probabilities.CopyTo(scores, first);
            predictions.Weights.CopyTo(weights, first);
        }
        return Map(series.Length, windows.Length, starts, scores, weights);
    }

    /// <summary>
    /// Maps per-window results to steps: a step's score is the mean score of the windows covering it, its attention
    /// the mean of the weights those windows gave it. Public so any window scorer can share it.
    /// </summary>
    /// <param name="seriesLength">T.</param>
    /// <param name="windowLength">L.</param>
    /// <param name="starts">First step of each window; every step of [0, T) must be covered.</param>
    /// <param name="windowScores">One score per window.</param>
    /// <param name="windowWeights">Per window, L weights on its own time axis; null leaves attention at 0.</param>
    public static StepScores Map(int seriesLength, int windowLength, int[] starts, float[] windowScores, float[][]? windowWeights)
    {
        ArgumentNullException.ThrowIfNull(starts);
        ArgumentNullException.ThrowIfNull(windowScores);
        if (windowScores.Length != starts.Length)
            throw new ArgumentException($"windowScores has {windowScores.Length} entries but there are {starts.Length} windows.", nameof(windowScores));
        if (windowWeights is not null && windowWeights.Length != starts.Length)
            throw new ArgumentException($"windowWeights has {windowWeights.Length} entries but there are {starts.Length} windows.", nameof(windowWeights));
        var scoreSum = new double[seriesLength];
        var weightSum = new double[seriesLength];
        var coverage = new int[seriesLength];
        for (int w = 0; w < starts.Length; w++)
        {
            if (starts[w] < 0 || starts[w] + windowLength > seriesLength)
                throw new ArgumentOutOfRangeException(nameof(starts), $"window {w} spans [{starts[w]}, {starts[w] + windowLength}), outside [0, {seriesLength}).");
            var weights = windowWeights?[w];
            if (weights is not null && weights.Length != windowLength)
                throw new ArgumentException($"windowWeights[{w}] has {weights.Length} steps; windows have {windowLength}.", nameof(windowWeights));
            for (int k = 0; k < windowLength; k++)
            {
                int t = starts[w] + k;
                scoreSum[t] += windowScores[w];
                if (weights is not null) weightSum[t] += weights[k];
                coverage[t]++;
            }
        }
        var scores = new float[seriesLength];
        var attention = new float[seriesLength];
        for (int t = 0; t < seriesLength; t++)
        {
            if (coverage[t] == 0) throw new ArgumentException($"step {t} is covered by no window.", nameof(starts));
            scores[t] = (float)(scoreSum[t] / coverage[t]);
            attention[t] = (float)(weightSum[t] / coverage[t]);
        }
        return new StepScores(scores, attention, coverage, starts, windowScores, windowLength);
    }
}
