using AttnTutorial.Data;

namespace AttnTutorial.Models.Rules;

/// <summary>
/// A fixed, non-learned anomaly score: the reference a learned model has to beat. Higher = more anomalous, so the
/// scores go straight into <see cref="Evaluation.BinaryMetrics"/> (series) and <see cref="Evaluation.PointwiseMetrics"/> (time steps).
/// </summary>
/// <remarks>A rule reads the raw series (<see cref="SeriesSample.Channels"/>), not the model's scaled input, and needs no training.</remarks>
public interface IAnomalyRule
{
    /// <summary>Short name for tables ("z-score", "first difference").</summary>
    string Name { get; }

    /// <summary>One score for the whole series.</summary>
    float Score(SeriesSample sample);

    /// <summary>One score per time step (length T), for point-wise metrics and overlays.</summary>
    float[] PointScores(SeriesSample sample);
}
