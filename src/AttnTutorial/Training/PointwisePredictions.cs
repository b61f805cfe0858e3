namespace AttnTutorial.Training;

/// <summary>A point-wise detector's output over a dataset, as plain arrays for metrics and charts.</summary>
/// <param name="Probabilities">Per series, the anomaly probability of every time step (length T).</param>
/// <param name="Loss">Mean binary cross-entropy per time step against the dataset's masks.</param>
public sealed record PointwisePredictions(float[][] Probabilities, double Loss)
{
    /// <summary>
    /// One score per series for <see cref="Evaluation.BinaryMetrics"/>: the largest time-step probability ("is any
    /// step anomalous?"), so a point-wise detector can sit in the same table as the sequence classifiers.
    /// </summary>
    public float[] SeriesScores => Probabilities.Select(p => p.Max()).ToArray();
}
