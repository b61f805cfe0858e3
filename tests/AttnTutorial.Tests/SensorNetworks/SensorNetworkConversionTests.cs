using AttnTutorial.Data;
using AttnTutorial.RealData;
using AttnTutorial.SensorNetworks;

namespace AttnTutorial.Tests.SensorNetworks;

public class SensorNetworkConversionTests
{
    [Fact]
    public void ToTimeSeries_SensorsAsChannels_StepLabelsAsLabels()
    {
        var network = SensorNetworkGenerator.Generate(SensorNetworkOptions.Default with { RandomSeed = 5 });
        var series = network.ToTimeSeries();

        Assert.Equal(16, series.ChannelCount);
        Assert.Equal(3_000, series.Length);
        Assert.Equal(network.Values[7], series.Channels[7]);
        Assert.Equal(network.StepLabels(), series.Labels);
        Assert.Equal("sensor 15", series.ChannelNames[15]);
        Assert.Contains("seed 5", series.SourceFile);
    }

    [Fact]
    public void RootCause_CoversTheEvent_BlamesTheOrigin()
    {
        var network = SensorNetworkGenerator.Generate(SensorNetworkOptions.Default with { RandomSeed = 8 });
        foreach (var anomaly in network.Anomalies)
        {
            Assert.Equal(new StepRange(anomaly.Start, anomaly.End), anomaly.RootCause.Steps);
            Assert.Equal([anomaly.Origin], anomaly.RootCause.Channels);
        }
        // A spreading event covers more sensors than it blames.
        var spreading = network.Anomalies.First(a => a.Kind == AnomalyKind.SpreadingEvent);
        Assert.True(spreading.Spans.Count > spreading.RootCause.Channels.Length);
    }
}
