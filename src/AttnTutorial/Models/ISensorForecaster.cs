using static TorchSharp.torch;

namespace AttnTutorial.Models;

/// <summary>
/// A model that reads a window of every sensor and forecasts each sensor's next reading, and says how much each sensor
/// drew on each other one. Chapter 14's two cross-sensor models meet it (<see cref="CrossSensorAttentionForecaster"/>,
/// <see cref="LearnedGraphForecaster"/>), so one detector can train and score either.
/// </summary>
public interface ISensorForecaster
{
    /// <summary>Number of sensors N the model was built for.</summary>
    int SensorCount { get; }

    /// <summary>Steps L per input window.</summary>
    int WindowLength { get; }

    /// <summary>Forecasts the step after each window.</summary>
    /// <param name="windows">Readings, shape (batch, L, N), sensors standardised.</param>
    /// <returns>The forecast (batch, N) and the sensor × sensor weights (batch, N, N): row i says how much sensor i's
    /// forecast drew on each sensor j, and sums to 1.</returns>
    (Tensor Forecast, Tensor SensorWeights) Forecast(Tensor windows);
}
