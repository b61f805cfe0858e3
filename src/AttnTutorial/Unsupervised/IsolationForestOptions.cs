namespace AttnTutorial.Unsupervised;

/// <summary>
/// How <see cref="IsolationForest"/> grows its trees. The defaults are the paper's (Liu, Ting &amp; Zhou, ICDM 2008,
/// section 5: ψ = 256 and t = 100 "work well across a wide range of data") and scikit-learn's. Introduced in chapter 13.
/// </summary>
public sealed record IsolationForestOptions
{
    /// <summary>Trees t in the forest; more only steady the mean path length. Default 100, at least 1.</summary>
    public int Trees { get; init; } = 100;

    /// <summary>
    /// Sub-sampling size ψ: each tree is grown on this many samples drawn without replacement (all of them when there
    /// are fewer). Small samples isolate anomalies better (less swamping and masking). Default 256, at least 2.
    /// </summary>
    public int Subsample { get; init; } = 256;

    /// <summary>Seeds the sub-samples, the split features and the split values. Default 0.</summary>
    public int RandomSeed { get; init; }

    /// <summary>The defaults above.</summary>
    public static IsolationForestOptions Default { get; } = new();

    /// <summary>Throws <see cref="InvalidOptionException"/> naming the first bad option.</summary>
    public IsolationForestOptions Validate()
    {
        InvalidOptionException.ThrowUnless(Trees >= 1, nameof(Trees), Trees, "at least 1");
        InvalidOptionException.ThrowUnless(Subsample >= 2, nameof(Subsample), Subsample, "at least 2");
        return this;
    }
}
