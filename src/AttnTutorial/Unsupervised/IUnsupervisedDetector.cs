using AttnTutorial.RealData;

namespace AttnTutorial.Unsupervised;

/// <summary>
/// A detector that learns what normal looks like from an unlabelled series and scores every step of another one:
/// the contract every method of chapter 13 meets (Transformer forecaster and reconstructor, association
/// discrepancy, Isolation Forest, PCA, the 3σ rule, the smoothed z-score), so one benchmark loop can compare them.
/// </summary>
/// <remarks>
/// Labels of the training series are never read: contamination (anomalies hidden in "normal" data) is part of the
/// problem, not something a detector may peek at. Scores only need to rank steps (higher = more anomalous); they
/// are compared with ROC-AUC, AUC-PR and VUS-PR, and thresholds are chosen outside the detector.
/// </remarks>
public interface IUnsupervisedDetector
{
    /// <summary>A short name for tables and legends, e.g. "Transformer forecast" or "Isolation Forest".</summary>
    string Name { get; }

    /// <summary>Learns normal behaviour from <paramref name="train"/> (labels ignored). Calling it again refits from scratch.</summary>
    /// <param name="train">The training part: C channels × T steps, missing values already filled.</param>
    /// <param name="seed">Seeds every random choice (weights, shuffling, subsampling), so a run can be repeated.</param>
    void Fit(TimeSeries train, int seed);

    /// <summary>One anomaly score per step of <paramref name="series"/> (length T), higher = more anomalous.</summary>
    /// <remarks>
    /// Step t's score uses only steps ≤ t (causal, as an alarm raised while the data arrive would be); steps
    /// before the first full window score the lowest value the detector gives elsewhere.
    /// </remarks>
    /// <exception cref="InvalidOperationException">When <see cref="Fit"/> has not been called.</exception>
    float[] Score(TimeSeries series);
}
