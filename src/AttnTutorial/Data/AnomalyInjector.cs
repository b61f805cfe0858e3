namespace AttnTutorial.Data;

/// <summary>
/// Writes one kind of anomaly (one of <see cref="InjectableKinds.Sine"/>) into a channel of a synthetic series over [start, end).
/// Introduced in chapter 02; chapter 10 trains on every kind.
/// </summary>
public static class AnomalyInjector
{
    /// <summary>
    /// Injects <paramref name="kind"/> into <paramref name="values"/> in place.
    /// </summary>
    /// <param name="kind">Which anomaly.</param>
    /// <param name="values">One channel, length T.</param>
    /// <param name="start">First anomalous step.</param>
    /// <param name="end">One past the last anomalous step.</param>
    /// <param name="noiseStd">Standard deviation for <see cref="AnomalyKind.Noise"/>.</param>
    /// <param name="spikeAt">For <see cref="AnomalyKind.Spike"/>: which steps of the segment spike (length end-start).</param>
    /// <param name="amplitude">The series amplitude; spikes reach 2–4 times it.</param>
    /// <param name="random">Random source for noise and spike signs.</param>
    public static void Inject(AnomalyKind kind, float[] values, int start, int end, double noiseStd, bool[] spikeAt, double amplitude, Random random)
    {
        switch (kind)
        {
            case AnomalyKind.Flat:
                // The seed: the segment is held at its first value, as a stuck sensor would.
                Array.Fill(values, values[start], start, end - start);
                break;
            case AnomalyKind.Zero:
                Array.Fill(values, 0f, start, end - start);
                break;
            case AnomalyKind.Noise:
                for (int t = start; t < end; t++) values[t] += (float)(noiseStd * SyntheticSeriesGenerator.Gaussian(random));
                break;
            case AnomalyKind.Spike:
                for (int t = start; t < end; t++)
                {
                    if (!spikeAt[t - start]) continue;
                    double sign = random.Next(2) == 0 ? -1 : 1;
                    values[t] = (float)(sign * amplitude * SyntheticSeriesGenerator.Uniform(random, 2, 4));
                }
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, $"Only {InjectableKinds.Sine} can be injected into a sine series.");
        }
    }
}
