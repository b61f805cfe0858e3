namespace AttnTutorial.Models;

/// <summary>What a <see cref="TransformerForecaster"/> learns to output from a window of normal data. Introduced in chapter 13.</summary>
public enum TransformerObjective
{
    /// <summary>The next H steps after the window, from the last step's encoding: (batch, H, C).</summary>
    Forecast,
    /// <summary>The window itself, step by step: (batch, L, C).</summary>
    Reconstruction,
}
