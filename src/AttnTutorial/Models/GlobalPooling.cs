namespace AttnTutorial.Models;

/// <summary>How <see cref="ConvClassifier"/> collapses its feature maps over time.</summary>
public enum GlobalPooling
{
    /// <summary>The largest activation anywhere in the window: "did this pattern occur at all?" (suits short anomalies).</summary>
    Max,
    /// <summary>The mean activation over the window: "how much of this pattern is there?".</summary>
    Average,
}
