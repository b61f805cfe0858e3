namespace AttnTutorial.Unsupervised;

/// <summary>Which cross-sensor forecaster a <see cref="SensorForecastDetector"/> trains. Introduced in chapter 14.</summary>
public enum SensorModel
{
    /// <summary><see cref="Models.CrossSensorAttentionForecaster"/>: attention across sensors and over time (MTAD-GAT-like).</summary>
    CrossSensorAttention,

    /// <summary><see cref="Models.LearnedGraphForecaster"/>: a learned top-k sensor graph with graph attention (GDN-like).</summary>
    LearnedGraph,
}
