namespace AttnTutorial.Training;

/// <summary>How the learning rate moves during training. Introduced in chapter 05.</summary>
public enum LearningRateSchedule
{
    /// <summary>The same rate throughout (the seed).</summary>
    Constant,
    /// <summary>
    /// One cycle: a linear warm-up from 10 % of the rate over the first 10 % of batches, then a cosine
    /// decay to 1 % of it by the last batch. Large early steps, careful late ones: fewer epochs needed.
    /// </summary>
    OneCycle,
}

/// <summary>The rate a schedule gives at a step.</summary>
public static class LearningRateSchedules
{
    /// <summary>The learning rate at batch <paramref name="step"/> (0-based) of <paramref name="totalSteps"/>.</summary>
    public static double RateAt(LearningRateSchedule schedule, double baseRate, int step, int totalSteps)
    {
        if (schedule == LearningRateSchedule.Constant || totalSteps <= 1) return baseRate;
        int warmup = Math.Max(1, totalSteps / 10);
        if (step < warmup) return baseRate * (0.1 + 0.9 * step / warmup);
        double progress = (double)(step - warmup) / Math.Max(1, totalSteps - 1 - warmup);
        return baseRate * (0.01 + 0.99 * 0.5 * (1 + Math.Cos(Math.PI * Math.Min(1, progress))));
    }
}
