using AttnTutorial.Hosting;

namespace AttnTutorial.Tests.Hosting;

public class TorchSharpShimTests
{
    [Fact]
    public void Candidates_LibraryInRepositoryOutput_LooksBesideItThenInTheKernelAndCliOutputs()
    {
        string library = Path.Combine("/repo", "src", "AttnTutorial", "bin", "Release", "net10.0");

        var candidates = TorchSharpShim.Candidates(library).ToList();

        Assert.Equal(
        [
            Path.Combine(library, "runtimes", "linux-x64", "native", "libLibTorchSharp.so"),
            Path.Combine(library, "libLibTorchSharp.so"),
            Path.Combine("/repo", "src", "AttnTutorial.Kernel", "bin", "Release", "net10.0", "runtimes", "linux-x64", "native", "libLibTorchSharp.so"),
            Path.Combine("/repo", "src", "AttnTutorial.Cli", "bin", "Release", "net10.0", "runtimes", "linux-x64", "native", "libLibTorchSharp.so"),
        ], candidates);
    }

    [Fact]
    public void Candidates_LibraryElsewhere_OnlyBesideIt()
    {
        Assert.Equal(2, TorchSharpShim.Candidates(Path.Combine("/opt", "app")).Count());
        Assert.Empty(TorchSharpShim.Candidates(""));
    }

    [Fact]
    public void PreloadPatchedCopy_TestOutput_LoadsTheShimTheBuildPatched()
    {
        // This test project's output carries TorchSharp's shim, patched by build/TorchSharpNativePatch.targets.
        string? loaded = TorchSharpShim.PreloadPatchedCopy();

        if (!OperatingSystem.IsLinux())
        {
            Assert.Null(loaded);
            return;
        }
        Assert.Equal(Path.Combine(AppContext.BaseDirectory, "runtimes", "linux-x64", "native", "libLibTorchSharp.so"), loaded);
    }
}
