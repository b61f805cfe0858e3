namespace AttnTutorial.RealData;

/// <summary>How <see cref="SlidingWindows"/> cuts a long series into fixed-length windows.</summary>
public sealed record WindowOptions
{
    /// <summary>Time steps per window L. Default 96 (two days of NAB's 30-minute taxi counts). With <see cref="Data.InputFeatures.PatchSize"/> &gt; 1 it must be a multiple of the patch size.</summary>
    public int Length { get; init; } = 96;

    /// <summary>Steps between the starts of consecutive windows, in [1, Length]; smaller strides overlap more. Default 12.</summary>
    public int Stride { get; init; } = 12;

    /// <summary>
    /// A window is labelled anomalous (sequence label 1) when at least this many of its steps are labelled.
    /// Default 1: any labelled step makes the window anomalous, so no labelled step hides in a "normal" window.
    /// </summary>
    public int MinAnomalousSteps { get; init; } = 1;

    /// <summary>The defaults above.</summary>
    public static WindowOptions Default { get; } = new();

    /// <summary>Throws <see cref="InvalidOptionException"/> naming the first bad option.</summary>
    public WindowOptions Validate()
    {
        InvalidOptionException.ThrowUnless(Length >= 2, nameof(Length), Length, "at least 2");
        InvalidOptionException.ThrowUnless(Stride >= 1 && Stride <= Length, nameof(Stride), Stride, $"in [1, Length = {Length}]");
        InvalidOptionException.ThrowUnless(MinAnomalousSteps >= 1 && MinAnomalousSteps <= Length, nameof(MinAnomalousSteps), MinAnomalousSteps, $"in [1, Length = {Length}]");
        return this;
    }
}
