namespace AttnTutorial.Training;

/// <summary>A model's output over a dataset, as plain arrays for metrics and charts. Introduced in chapter 06.</summary>
/// <param name="Probabilities">Anomaly probability per series (sigmoid of the logit).</param>
/// <param name="Weights">Attention weights per series on the series' time axis (length T, summing to 1).</param>
/// <param name="Loss">Mean binary cross-entropy against the dataset's labels.</param>
public sealed record Predictions(float[] Probabilities, float[][] Weights, double Loss);
