namespace AttnTutorial.Unsupervised;

/// <summary>How <see cref="UnsupervisedBenchmark"/> runs and judges the detectors. Introduced in chapter 13.</summary>
public sealed record UnsupervisedBenchmarkOptions
{
    /// <summary>One fit and score per seed and detector; every detector sees the same seeds. Default 1–5 (the course reports at least five); one or more different seeds.</summary>
    public IReadOnlyList<int> Seeds { get; init; } = [1, 2, 3, 4, 5];

    /// <summary>
    /// The last share of the training part held out from fitting: its scores set the alarm threshold for the event
    /// counts (no test label chooses it), and it is normal data the detector has not seen, so a model that memorised
    /// its training windows does not get a threshold that is too low. Default 0.2, in (0, 0.5].
    /// </summary>
    public double ThresholdShare { get; init; } = 0.2;

    /// <summary>The alarm threshold is this quantile of the held-out scores (<see cref="RealData.ThresholdSelection.QuantileOfTraining"/>): about 1 % false alarms expected on normal data. Default 0.99, in (0, 1].</summary>
    public double ThresholdQuantile { get; init; } = 0.99;

    /// <summary>
    /// Steps of the fitted part scored before the held-out part, so that the first evaluated steps have full windows
    /// behind them (scores are causal); at least the longest window any detector uses. Default 512, 0 or more.
    /// </summary>
    public int ContextSteps { get; init; } = 512;

    /// <summary>Throws <see cref="InvalidOptionException"/> naming the first bad option.</summary>
    public UnsupervisedBenchmarkOptions Validate()
    {
        InvalidOptionException.ThrowUnless(Seeds is { Count: >= 1 } && Seeds.Distinct().Count() == Seeds.Count, nameof(Seeds), Seeds is null ? "null" : string.Join(",", Seeds), "one or more different seeds");
        InvalidOptionException.ThrowUnless(ThresholdShare is > 0 and <= 0.5, nameof(ThresholdShare), ThresholdShare, "in (0, 0.5]");
        InvalidOptionException.ThrowUnless(ThresholdQuantile is > 0 and <= 1, nameof(ThresholdQuantile), ThresholdQuantile, "in (0, 1]");
        InvalidOptionException.ThrowUnless(ContextSteps >= 0, nameof(ContextSteps), ContextSteps, "0 or more");
        return this;
    }
}
