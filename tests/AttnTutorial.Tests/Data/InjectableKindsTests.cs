using AttnTutorial.Data;

namespace AttnTutorial.Tests.Data;

public class InjectableKindsTests
{
    [Fact]
    public void Parse_NamesInAnyCase_KindsInOrderWithoutRepeats()
    {
        var kinds = InjectableKinds.Sine.Parse(" spike, FLAT ,spike,Noise", "--kinds");
        Assert.Equal([AnomalyKind.Spike, AnomalyKind.Flat, AnomalyKind.Noise], kinds);
    }

    [Fact]
    public void Parse_KebabCaseName_Accepted()
    {
        Assert.Equal([AnomalyKind.FrozenQuote, AnomalyKind.PriceJump], InjectableKinds.Price.Parse("frozen-quote,pricejump", "kinds"));
    }

    [Theory]
    [InlineData("flat,wobble", "'wobble'")]
    [InlineData("flat,price-jump", "'price-jump'")] // a kind, but not one a sine series can take
    [InlineData("none", "'none'")]
    [InlineData("2", "'2'")] // Enum.TryParse would accept a number; the list must not
    [InlineData(" , ", "' , '")]
    public void Parse_UnknownOrEmpty_ErrorNamesOptionAndValue(string text, string shown)
    {
        var error = Assert.Throws<InvalidOptionException>(() => InjectableKinds.Sine.Parse(text, "--kinds"));
        Assert.Equal("--kinds", error.Option);
        Assert.StartsWith($"--kinds must be one or more of flat, zero, noise, spike (comma-separated); got {shown}.", error.Message);
    }

    [Fact]
    public void Check_KindOfAnotherGenerator_ErrorListsAllowedKinds()
    {
        var error = Assert.Throws<InvalidOptionException>(() => InjectableKinds.Price.Check([AnomalyKind.PriceJump, AnomalyKind.Flat], "Kinds"));
        Assert.StartsWith("Kinds must be one or more of price-jump, volume-burst, frozen-quote; got price-jump,flat.", error.Message);
    }

    [Fact]
    public void Check_Empty_Throws()
    {
        Assert.Throws<InvalidOptionException>(() => InjectableKinds.Sine.Check([], "Kinds"));
    }

    [Fact]
    public void Sine_EveryKind_AnomalyInjectorWritesIt()
    {
        // The set and the injector's switch must agree: each listed kind changes the segment, none throws.
        foreach (var kind in InjectableKinds.Sine.Kinds)
        {
            var values = Enumerable.Range(0, 20).Select(t => (float)Math.Sin(t) + 2).ToArray();
            var before = (float[])values.Clone();
            AnomalyInjector.Inject(kind, values, 5, 15, noiseStd: 1, spikeAt: Enumerable.Repeat(true, 10).ToArray(), amplitude: 3, new Random(1));
            Assert.False(before.SequenceEqual(values), $"{kind} changed nothing");
        }
    }

    [Fact]
    public void AnomalyInjector_KindOutsideSine_ErrorListsSineKinds()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => AnomalyInjector.Inject(AnomalyKind.PriceJump, new float[10], 2, 4, 1, [], 1, new Random(1)));
        Assert.Contains("flat, zero, noise, spike", error.Message);
    }
}
