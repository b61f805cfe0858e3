using AttnTutorial.Kernel.Protocol;

namespace AttnTutorial.Kernel.Tests.Protocol;

public class SignatureHistoryTests
{
    [Fact]
    public void Admit_SameSignatureTwice_RefusesTheSecond()
    {
        var history = new SignatureHistory();

        Assert.True(history.Admit("aa"));
        Assert.True(history.Admit("bb"));
        Assert.False(history.Admit("aa"));
    }

    [Fact]
    public void Admit_BeyondCapacity_ForgetsTheOldestFirst()
    {
        var history = new SignatureHistory(capacity: 2);
        history.Admit("first");
        history.Admit("second");

        Assert.True(history.Admit("third"));
        Assert.True(history.Admit("first"));
        Assert.False(history.Admit("third"));
    }

    [Fact]
    public void Constructor_CapacityBelowOne_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new SignatureHistory(0));
    }
}
