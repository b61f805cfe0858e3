namespace AttnTutorial.RealData;

/// <summary>How <see cref="MissingValues.Fill"/> replaces a missing (NaN) value.</summary>
public enum FillMethod
{
    /// <summary>The last observed value before it (a sensor's "hold"); leading gaps take the first observed value.</summary>
    Previous,
    /// <summary>A straight line between the observed values on either side; leading and trailing gaps take the nearest observed value.</summary>
    Linear,
    /// <summary>The mean of the channel's observed values. Fill training and test parts separately so no test value shapes the training data.</summary>
    Mean,
}
