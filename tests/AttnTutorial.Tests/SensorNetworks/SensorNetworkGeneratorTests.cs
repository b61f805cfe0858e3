using AttnTutorial.Data;
using AttnTutorial.SensorNetworks;
using Xunit.Abstractions;

namespace AttnTutorial.Tests.SensorNetworks;

public class SensorNetworkGeneratorTests(ITestOutputHelper output)
{
    // Many events of one kind, so a per-kind ROC-AUC rests on more than a couple of segments.
    private static SensorNetworkOptions OnlyKind(AnomalyKind kind, int seed) =>
        SensorNetworkOptions.Default with { Length = 6_000, EventCount = 12, Kinds = [kind], RandomSeed = seed };

    [Fact]
    public void Generate_SameSeed_SameNumbers()
    {
        var a = SensorNetworkGenerator.Generate(SensorNetworkOptions.Default);
        var b = SensorNetworkGenerator.Generate(SensorNetworkOptions.Default);
        var other = SensorNetworkGenerator.Generate(SensorNetworkOptions.Default with { RandomSeed = 7 });

        Assert.Equal(a.Values, b.Values);
        Assert.Equal(a.SensorLabels, b.SensorLabels);
        Assert.Equal(a.Graph.Lags(), b.Graph.Lags());
        Assert.Equal(a.Anomalies, b.Anomalies, (x, y) => x.Kind == y.Kind && x.Origin == y.Origin && x.Spans.SequenceEqual(y.Spans));
        Assert.NotEqual(a.Values[0], other.Values[0]);
    }

    [Fact]
    public void Generate_Defaults_ShapesAndOneEventPerSlot()
    {
        var network = SensorNetworkGenerator.Generate(SensorNetworkOptions.Default);

        Assert.Equal(16, network.SensorCount);
        Assert.Equal(3_000, network.Length);
        Assert.All(network.Values, v => Assert.Equal(3_000, v.Length));
        Assert.All(network.CleanValues, v => Assert.Equal(3_000, v.Length));
        Assert.All(network.SensorLabels, l => Assert.Equal(3_000, l.Length));
        Assert.Equal(3_000, network.StepLabels().Length);
        Assert.Equal(6, network.Anomalies.Count);
        Assert.Equal([AnomalyKind.Flat, AnomalyKind.CorrelationBreak, AnomalyKind.SpreadingEvent, AnomalyKind.Flat, AnomalyKind.CorrelationBreak, AnomalyKind.SpreadingEvent],
            network.Anomalies.Select(a => a.Kind));
        Assert.All(network.Values.SelectMany(v => v), x => Assert.True(float.IsFinite(x)));

        // Events sit after the clean prefix, in order, each inside its own slot.
        int slot = (3_000 - 1_200) / 6;
        for (int k = 0; k < 6; k++)
        {
            Assert.InRange(network.Anomalies[k].Start, 1_200 + k * slot, 1_200 + (k + 1) * slot - 1);
            Assert.InRange(network.Anomalies[k].End, 1_200 + k * slot + 1, 1_200 + (k + 1) * slot);
        }
        Assert.DoesNotContain(network.StepLabels().Take(1_200), b => b);
    }

    [Fact]
    public void Generate_Labels_MatchInjectedSpansAndChangedValues()
    {
        var network = SensorNetworkGenerator.Generate(SensorNetworkOptions.Default with { RandomSeed = 3 });
        var expected = Enumerable.Range(0, 16).Select(_ => new bool[network.Length]).ToArray();
        foreach (var span in network.Anomalies.SelectMany(a => a.Spans))
        {
            for (int t = span.Start; t < span.End; t++) expected[span.Sensor][t] = true;
        }
        Assert.Equal(expected, network.SensorLabels);
        Assert.Equal(Enumerable.Range(0, network.Length).Select(t => expected.Any(l => l[t])), network.StepLabels());

        // Outside the labels nothing changed; inside, every step but a stuck sensor's first one did.
        for (int s = 0; s < 16; s++)
        {
            for (int t = 0; t < network.Length; t++)
            {
                if (!expected[s][t]) Assert.Equal(network.CleanValues[s][t], network.Values[s][t]);
            }
        }
        foreach (var anomaly in network.Anomalies)
        {
            foreach (var span in anomaly.Spans)
            {
                int changed = Enumerable.Range(span.Start, span.Length).Count(t => network.Values[span.Sensor][t] != network.CleanValues[span.Sensor][t]);
                Assert.True(changed >= span.Length - 1, $"{anomaly.Kind} at sensor {span.Sensor}: {changed} of {span.Length} steps changed");
            }
        }
    }

    [Fact]
    public void Generate_StuckSensor_HoldsItsFirstReading()
    {
        var network = SensorNetworkGenerator.Generate(OnlyKind(AnomalyKind.Flat, 5));
        foreach (var anomaly in network.Anomalies)
        {
            var span = Assert.Single(anomaly.Spans);
            Assert.Equal(anomaly.Origin, span.Sensor);
            Assert.All(network.Values[span.Sensor].AsSpan(span.Start, span.Length).ToArray(), x => Assert.Equal(network.CleanValues[span.Sensor][span.Start], x));
        }
    }

    [Fact]
    public void Generate_CleanNetwork_NeighboursCorrelatedMoreThanOthers()
    {
        var network = SensorNetworkGenerator.Generate(SensorNetworkOptions.Default with { EventCount = 0 });
        Assert.DoesNotContain(network.StepLabels(), b => b);
        Assert.Equal(network.CleanValues, network.Values);

        // Coupling is lagged, so each pair is compared at its best lag within ±MaxLag.
        var near = new List<double>();
        var twoHops = new List<double>();
        var far = new List<double>();
        for (int i = 0; i < 16; i++)
        {
            int[] hops = network.Graph.HopDistances(i);
            for (int j = i + 1; j < 16; j++)
            {
                double r = BestLagCorrelation(network.Values[i], network.Values[j], maxLag: 3);
                (hops[j] == 1 ? near : hops[j] == 2 ? twoHops : far).Add(r);
            }
        }
        output.WriteLine($"best-lag correlation: neighbours {near.Average():F3} (min {near.Min():F3}), two hops {twoHops.Average():F3}, farther {far.Average():F3} (max {far.Max():F3})");
        Assert.Equal(24, near.Count); // a 4 × 4 grid has 2·4·3 edges
        Assert.True(near.Average() > twoHops.Concat(far).Average() + 0.15, $"neighbours {near.Average():F3} vs others {twoHops.Concat(far).Average():F3}");
        Assert.True(twoHops.Average() > far.Average(), $"two hops {twoHops.Average():F3} vs farther {far.Average():F3}");
        Assert.True(near.Min() > far.Max(), $"weakest neighbour pair {near.Min():F3}, strongest pair three or more hops apart {far.Max():F3}");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Generate_CorrelationBreak_KeepsMeanAndSpreadButDecouples(int seed)
    {
        var network = SensorNetworkGenerator.Generate(OnlyKind(AnomalyKind.CorrelationBreak, seed));
        var before = new List<double>();
        var after = new List<double>();
        foreach (var anomaly in network.Anomalies)
        {
            var span = Assert.Single(anomaly.Spans);
            var broken = network.Values[span.Sensor].AsSpan(span.Start, span.Length);
            var clean = network.CleanValues[span.Sensor].AsSpan(span.Start, span.Length);
            var (brokenMean, brokenStd) = PerChannelRules.MeanStd(broken);
            var (cleanMean, cleanStd) = PerChannelRules.MeanStd(clean);
            // The stated tolerance: mean within 1 % of the segment's spread, spread within 1 %.
            Assert.InRange(brokenMean, cleanMean - 0.01 * cleanStd, cleanMean + 0.01 * cleanStd);
            Assert.InRange(brokenStd, 0.99 * cleanStd, 1.01 * cleanStd);

            var neighbourMean = NeighbourMean(network, span);
            before.Add(PerChannelRules.Correlation(clean, neighbourMean));
            after.Add(PerChannelRules.Correlation(broken, neighbourMean));
        }
        output.WriteLine($"seed {seed}: correlation with the neighbours' mean {before.Average():F3} before, {after.Average():F3} after the break");
        Assert.True(before.Average() > 0.3, $"before {before.Average():F3}");
        Assert.True(after.Average() < before.Average() - 0.25, $"before {before.Average():F3}, after {after.Average():F3}");
        Assert.InRange(after.Average(), -0.15, 0.15);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void PerChannelRules_CorrelationBreakNearChance_StuckAndSpreadingSeen(int seed)
    {
        double breakLevel = PerChannelRules.CellRocAuc(PerChannelRules.ZScores(Break()), Break().SensorLabels);
        double breakSpread = PerChannelRules.CellRocAuc(PerChannelRules.LocalSpreadScores(Break()), Break().SensorLabels);
        var spreading = SensorNetworkGenerator.Generate(OnlyKind(AnomalyKind.SpreadingEvent, seed));
        double spreadingLevel = PerChannelRules.CellRocAuc(PerChannelRules.ZScores(spreading), spreading.SensorLabels);
        var stuck = SensorNetworkGenerator.Generate(OnlyKind(AnomalyKind.Flat, seed));
        double stuckSpread = PerChannelRules.CellRocAuc(PerChannelRules.LocalSpreadScores(stuck), stuck.SensorLabels);
        output.WriteLine($"seed {seed}: ROC-AUC z-score on break {breakLevel:F3}, local spread on break {breakSpread:F3}, z-score on spreading {spreadingLevel:F3}, local spread on stuck {stuckSpread:F3}");

        Assert.InRange(breakLevel, 0.4, 0.6);
        Assert.InRange(breakSpread, 0.4, 0.6);
        Assert.True(spreadingLevel > 0.9, $"spreading {spreadingLevel:F3}");
        Assert.True(stuckSpread > 0.9, $"stuck {stuckSpread:F3}");

        SensorNetwork Break() => _break ??= SensorNetworkGenerator.Generate(OnlyKind(AnomalyKind.CorrelationBreak, seed));
    }

    private SensorNetwork? _break;

    [Fact]
    public void Generate_SpreadingEvent_ReachesNeighboursAfterTheLag()
    {
        var network = SensorNetworkGenerator.Generate(OnlyKind(AnomalyKind.SpreadingEvent, 11));
        foreach (var anomaly in network.Anomalies)
        {
            int[] hops = network.Graph.HopDistances(anomaly.Origin);
            int[] delays = network.Graph.LagDistances(anomaly.Origin);
            Assert.Equal(anomaly.Origin, anomaly.Spans[0].Sensor);
            Assert.Equal(Enumerable.Range(0, 16).Where(s => hops[s] <= 2).Order(), anomaly.Spans.Select(s => s.Sensor).Order());
            foreach (var span in anomaly.Spans)
            {
                Assert.Equal(anomaly.Start + delays[span.Sensor], span.Start);
                Assert.Equal(anomaly.Spans[0].Length, span.Length);
            }
            foreach (int neighbour in network.Graph.Neighbours(anomaly.Origin))
            {
                // A direct neighbour is reached within its edge's lag (a detour can only be quicker), and never at once.
                int onset = anomaly.Spans.Single(s => s.Sensor == neighbour).Start;
                Assert.InRange(onset, anomaly.Start + 1, anomaly.Start + network.Graph.Lag(anomaly.Origin, neighbour));
            }
        }
    }

    [Fact]
    public void Generate_EveryInjectableKind_WrittenAndParsedByItsKebabName()
    {
        Assert.Equal([AnomalyKind.CorrelationBreak, AnomalyKind.SpreadingEvent, AnomalyKind.Flat],
            InjectableKinds.SensorNetwork.Parse("correlation-break, SpreadingEvent, flat", "--kinds"));
        foreach (var kind in InjectableKinds.SensorNetwork.Kinds)
        {
            var network = SensorNetworkGenerator.Generate(SensorNetworkOptions.Default with { Kinds = [kind], EventCount = 2 });
            Assert.All(network.Anomalies, a => Assert.Equal(kind, a.Kind));
            Assert.NotEqual(network.CleanValues, network.Values);
        }
    }

    [Fact]
    public void Generate_BadOption_ErrorNamesTheOption()
    {
        var error = Assert.Throws<InvalidOptionException>(() => SensorNetworkGenerator.Generate(SensorNetworkOptions.Default with { Coupling = 0.7 }));
        Assert.Equal("Coupling", error.Option);
    }

    private static double BestLagCorrelation(float[] a, float[] b, int maxLag)
    {
        int length = a.Length - 2 * maxLag;
        return Enumerable.Range(-maxLag, 2 * maxLag + 1).Max(k => PerChannelRules.Correlation(a.AsSpan(maxLag + k, length), b.AsSpan(maxLag, length)));
    }

    private static float[] NeighbourMean(SensorNetwork network, SensorSpan span)
    {
        var neighbours = network.Graph.Neighbours(span.Sensor);
        return Enumerable.Range(span.Start, span.Length)
            .Select(t => neighbours.Average(j => network.Values[j][Math.Max(0, t - network.Graph.Lag(span.Sensor, j))]))
            .ToArray();
    }
}
