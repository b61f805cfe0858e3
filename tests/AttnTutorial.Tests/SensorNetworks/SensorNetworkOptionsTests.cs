using AttnTutorial.Data;
using AttnTutorial.SensorNetworks;

namespace AttnTutorial.Tests.SensorNetworks;

public class SensorNetworkOptionsTests
{
    [Fact]
    public void Validate_Defaults_Pass()
    {
        Assert.Same(SensorNetworkOptions.Default, SensorNetworkOptions.Default.Validate());
        Assert.Equal(16, SensorNetworkOptions.Default.SensorCount);
    }

    public static TheoryData<SensorNetworkOptions, string> BadOptions => new()
    {
        { SensorNetworkOptions.Default with { Rows = 0 }, "Rows" },
        { SensorNetworkOptions.Default with { Columns = 0 }, "Columns" },
        { SensorNetworkOptions.Default with { Rows = 1, Columns = 1 }, "Columns" },
        { SensorNetworkOptions.Default with { Length = 50 }, "Length" },
        { SensorNetworkOptions.Default with { Persistence = 1 }, "Persistence" },
        { SensorNetworkOptions.Default with { Coupling = 0.6 }, "Coupling" },
        { SensorNetworkOptions.Default with { Coupling = -0.1 }, "Coupling" },
        { SensorNetworkOptions.Default with { NoiseStd = 0 }, "NoiseStd" },
        { SensorNetworkOptions.Default with { NoiseStd = double.NaN }, "NoiseStd" },
        { SensorNetworkOptions.Default with { MaxLag = 0 }, "MaxLag" },
        { SensorNetworkOptions.Default with { CleanPrefixRatio = 1 }, "CleanPrefixRatio" },
        { SensorNetworkOptions.Default with { EventCount = -1 }, "EventCount" },
        { SensorNetworkOptions.Default with { EventCount = 12 }, "EventCount" },
        { SensorNetworkOptions.Default with { Kinds = [] }, "Kinds" },
        { SensorNetworkOptions.Default with { Kinds = [AnomalyKind.Spike] }, "Kinds" },
        { SensorNetworkOptions.Default with { EventLengthMin = 1 }, "EventLengthMin" },
        { SensorNetworkOptions.Default with { EventLengthMax = 50 }, "EventLengthMax" },
        { SensorNetworkOptions.Default with { SpreadAmplitude = 0 }, "SpreadAmplitude" },
        { SensorNetworkOptions.Default with { SpreadHops = -1 }, "SpreadHops" },
    };

    [Theory]
    [MemberData(nameof(BadOptions))]
    public void Validate_BadOption_ErrorNamesTheOption(SensorNetworkOptions options, string option)
    {
        var error = Assert.Throws<InvalidOptionException>(() => options.Validate());
        Assert.Equal(option, error.Option);
        Assert.StartsWith($"{option} must be ", error.Message);
    }

    [Fact]
    public void Validate_TooManyEvents_MessageSaysHowManyFit()
    {
        var error = Assert.Throws<InvalidOptionException>(() => (SensorNetworkOptions.Default with { EventCount = 12 }).Validate());
        // (3000 − 1200) / (150 + 3·2) = 11 events fit.
        Assert.StartsWith("EventCount must be at most 11: each event needs EventLengthMax + MaxLag·SpreadHops = 156 steps", error.Message);
    }

    [Fact]
    public void Validate_NoEvents_IgnoresEventRoom()
    {
        var options = SensorNetworkOptions.Default with { Length = 100, EventCount = 0 };
        Assert.Same(options, options.Validate());
    }
}
