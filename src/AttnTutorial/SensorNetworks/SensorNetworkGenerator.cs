using AttnTutorial.Data;

namespace AttnTutorial.SensorNetworks;

/// <summary>
/// Makes a synthetic sensor network whose sensors are genuinely coupled, for detectors that look across sensors as well
/// as over time. Each sensor follows
/// <c>x_i(t) = φ·x_i(t−1) + κ·mean_{j ∈ N(i)} x_j(t − lag_ij) + σ·ε_i(t)</c>
/// on a grid graph (<see cref="SensorGraph"/>), so a disturbance diffuses to the neighbours with the edge's lag and
/// neighbours are more correlated than distant sensors. After a clean prefix it injects, one per slot:
/// a stuck sensor (<see cref="AnomalyKind.Flat"/>), a <see cref="AnomalyKind.CorrelationBreak"/> that keeps the
/// sensor's mean and standard deviation but not its relation to the neighbours, and a
/// <see cref="AnomalyKind.SpreadingEvent"/> that starts at one sensor and reaches the others with the coupling lag.
/// Deterministic for a given <see cref="SensorNetworkOptions.RandomSeed"/>.
/// </summary>
public static class SensorNetworkGenerator
{
    // Steps simulated and dropped before t = 0, so the series starts in the network's steady state, not at zero.
    private const int WarmUpSteps = 200;

    /// <summary>Generates the network described by <paramref name="options"/>.</summary>
    public static SensorNetwork Generate(SensorNetworkOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var random = new Random(options.RandomSeed);
        var graph = SensorGraph.Grid(options.Rows, options.Columns, options.MaxLag, random);
        float[][] clean = Simulate(graph, options, random);
        // A second, independent run of the same network: a broken sensor reads its own kind of signal, from the wrong world.
        float[][] elsewhere = Simulate(graph, options, random);

        float[][] values = clean.Select(v => (float[])v.Clone()).ToArray();
        double[] sensorStd = clean.Select(v => StandardDeviation(v, 0, v.Length)).ToArray();
        var anomalies = new List<SensorAnomaly>();
        int slotLength = options.EventCount == 0 ? 0 : (options.Length - options.CleanPrefixLength) / options.EventCount;
        for (int k = 0; k < options.EventCount; k++)
        {
            var kind = options.Kinds[k % options.Kinds.Count];
            int length = random.Next(options.EventLengthMin, options.EventLengthMax + 1);
            int delay = kind == AnomalyKind.SpreadingEvent ? options.LongestSpreadDelay : 0;
            int slotStart = options.CleanPrefixLength + k * slotLength;
            int start = slotStart + random.Next(0, slotLength - length - delay + 1);
            int origin = random.Next(graph.SensorCount);
            var spans = kind switch
            {
                AnomalyKind.Flat => Stick(values[origin], origin, start, length),
                AnomalyKind.CorrelationBreak => Decouple(values[origin], elsewhere[origin], origin, start, length),
                AnomalyKind.SpreadingEvent => Spread(values, graph, sensorStd, options, origin, start, length),
                _ => throw new InvalidOptionException(nameof(options.Kinds), kind, $"one or more of {InjectableKinds.SensorNetwork}"),
            };
            anomalies.Add(new SensorAnomaly(kind, origin, spans));
        }

        var labels = Enumerable.Range(0, graph.SensorCount).Select(_ => new bool[options.Length]).ToArray();
        foreach (var span in anomalies.SelectMany(a => a.Spans))
        {
            Array.Fill(labels[span.Sensor], true, span.Start, span.Length);
        }
        return new SensorNetwork(values, clean, labels, graph, anomalies, options);
    }

    private static float[][] Simulate(SensorGraph graph, SensorNetworkOptions options, Random random)
    {
        int n = graph.SensorCount, total = WarmUpSteps + options.Length;
        var x = Enumerable.Range(0, n).Select(_ => new double[total]).ToArray();
        for (int t = 1; t < total; t++)
        {
            for (int i = 0; i < n; i++)
            {
                var neighbours = graph.Neighbours(i);
                double pull = 0;
                foreach (int j in neighbours)
                {
                    int from = t - graph.Lag(i, j);
                    pull += from >= 0 ? x[j][from] : 0;
                }
                double mean = neighbours.Count == 0 ? 0 : pull / neighbours.Count;
                x[i][t] = options.Persistence * x[i][t - 1] + options.Coupling * mean + options.NoiseStd * SyntheticSeriesGenerator.Gaussian(random);
            }
        }
        return x.Select(series => series.Skip(WarmUpSteps).Select(v => (float)v).ToArray()).ToArray();
    }

    // A stuck sensor repeats the reading it had when it stuck.
    private static SensorSpan[] Stick(float[] values, int sensor, int start, int length)
    {
        Array.Fill(values, values[start], start, length);
        return [new SensorSpan(sensor, start, start + length)];
    }

    // The independent run's segment, rescaled to the original segment's mean and standard deviation: the level and the
    // spread a per-channel rule looks at are unchanged, only the relation to the neighbours is gone.
    private static SensorSpan[] Decouple(float[] values, float[] elsewhere, int sensor, int start, int length)
    {
        double mean = Mean(values, start, length), std = StandardDeviation(values, start, length);
        double otherMean = Mean(elsewhere, start, length), otherStd = StandardDeviation(elsewhere, start, length);
        for (int t = start; t < start + length; t++)
        {
            values[t] = (float)(mean + (elsewhere[t] - otherMean) / otherStd * std);
        }
        return [new SensorSpan(sensor, start, start + length)];
    }

    // A level rise of SpreadAmplitude standard deviations that reaches each sensor within SpreadHops hops after the
    // smallest sum of lags from the origin, and lasts the same number of steps everywhere.
    private static SensorSpan[] Spread(float[][] values, SensorGraph graph, double[] sensorStd, SensorNetworkOptions options, int origin, int start, int length)
    {
        int[] hops = graph.HopDistances(origin), delays = graph.LagDistances(origin);
        var spans = Enumerable.Range(0, graph.SensorCount)
            .Where(s => hops[s] >= 0 && hops[s] <= options.SpreadHops)
            .OrderBy(s => delays[s]).ThenBy(s => s)
            .Select(s => new SensorSpan(s, start + delays[s], start + delays[s] + length))
            .ToArray();
        foreach (var span in spans)
        {
            float rise = (float)(options.SpreadAmplitude * sensorStd[span.Sensor]);
            for (int t = span.Start; t < span.End; t++) values[span.Sensor][t] += rise;
        }
        return spans;
    }

    private static double Mean(float[] values, int start, int length)
    {
        double sum = 0;
        for (int t = start; t < start + length; t++) sum += values[t];
        return sum / length;
    }

    private static double StandardDeviation(float[] values, int start, int length)
    {
        double mean = Mean(values, start, length), sum = 0;
        for (int t = start; t < start + length; t++) sum += (values[t] - mean) * (values[t] - mean);
        return Math.Sqrt(sum / length);
    }
}
