namespace AttnTutorial.Evaluation;

/// <summary>How <see cref="Bootstrap"/> resamples. Defaults suit a notebook: 1,000 resamples, a 95 % interval.</summary>
public sealed record BootstrapOptions
{
    /// <summary>Resampled data sets; the interval's ends are percentiles of their metric values. Default 1,000, at least 10.</summary>
    public int Resamples { get; init; } = 1_000;

    /// <summary>Coverage of the interval, e.g. 0.95 for the 2.5th to 97.5th percentile. Default 0.95, in (0, 1).</summary>
    public double Level { get; init; } = 0.95;

    /// <summary>
    /// Consecutive items drawn together (a moving-block bootstrap). 1 draws items independently, right for
    /// independent test series (chapters 05–11). For the steps of one long series (chapter 12) neighbouring scores
    /// are correlated and an event spans many steps; use a block about as long as an event, or the interval comes
    /// out too narrow. Default 1, at least 1.
    /// </summary>
    public int BlockLength { get; init; } = 1;

    /// <summary>Seed for the resampling. Default 42.</summary>
    public int RandomSeed { get; init; } = 42;

    /// <summary>1,000 independent resamples, 95 %, seed 42.</summary>
    public static BootstrapOptions Default { get; } = new();

    /// <summary>Throws <see cref="InvalidOptionException"/> naming the first bad option.</summary>
    public BootstrapOptions Validate()
    {
        InvalidOptionException.ThrowUnless(Resamples >= 10, nameof(Resamples), Resamples, "at least 10");
        InvalidOptionException.ThrowUnless(Level is > 0 and < 1, nameof(Level), Level, "in (0, 1)");
        InvalidOptionException.ThrowUnless(BlockLength >= 1, nameof(BlockLength), BlockLength, "at least 1");
        return this;
    }
}
