namespace AttnTutorial.Models;

/// <summary>How the classifier turns the BiLSTM's states over time into one vector. Introduced in chapter 04.</summary>
public enum Pooling
{
    /// <summary>Additive attention: a learned weighted sum (the seed).</summary>
    Attention,
    /// <summary>The plain mean over time (weights 1/T everywhere).</summary>
    Mean,
    /// <summary>
    /// The forward direction's last state joined with the backward direction's first, i.e. each direction's
    /// final summary of the whole series (weights reported as one-hot at the ends, split evenly).
    /// </summary>
    LastState,
}
