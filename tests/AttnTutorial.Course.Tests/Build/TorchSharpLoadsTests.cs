using TorchSharp;

namespace AttnTutorial.Course.Tests.Build;

public class TorchSharpLoadsTests
{
    // Fails with "doesn't contain a reference to libtorch-cpu-linux-x64" when the build did not weaken
    // GLIBCXX_3.4.32 in the test output's libLibTorchSharp.so (Debian 12, Ubuntu 22.04).
    [Fact]
    public void Tensor_CreatedInTestProcess_HasExpectedSum()
    {
        using var ones = torch.ones(3, 4);
        using var sum = ones.sum();
        Assert.Equal(12f, sum.item<float>());
    }
}
