using System.Runtime.InteropServices;

namespace AttnTutorial.Hosting;

/// <summary>
/// Under .NET Interactive, TorchSharp loads its native shim (libLibTorchSharp.so) from the NuGet cache, and the copy
/// TorchSharp 0.107.0 ships needs GLIBCXX_3.4.32, which Debian 12 and Ubuntu 22.04 lack. This repository's build
/// patches the copy in its own outputs (build/TorchSharpNativePatch.targets). Loading that copy first makes TorchSharp's
/// later load by name find it already in the process; libtorch comes from beside it (its RUNPATH is $ORIGIN).
/// </summary>
internal static class TorchSharpShim
{
    private const string ShimFileName = "libLibTorchSharp.so";

    /// <summary>The build outputs, next to this library's own, that carry the patched shim (the kernel's and the CLI's).</summary>
    private static readonly string[] SiblingProjects = ["AttnTutorial.Kernel", "AttnTutorial.Cli"];

    /// <summary>Loads the patched shim on Linux; returns its path, or null when none was found or it is not Linux.</summary>
    public static string? PreloadPatchedCopy()
    {
        if (!OperatingSystem.IsLinux()) return null;
        string? shim = Candidates(Path.GetDirectoryName(typeof(TorchSharpShim).Assembly.Location) ?? "").FirstOrDefault(File.Exists);
        if (shim is null) return null;
        NativeLibrary.Load(shim);
        return shim;
    }

    /// <summary>
    /// Where to look, in order, for a library loaded from <paramref name="libraryFolder"/>: that folder (a publish or an
    /// application output), then the same configuration's output of the kernel and the CLI when it is this repository's
    /// <c>src/AttnTutorial/bin/CONFIGURATION/TFM/</c>, as the chapters' <c>#r</c> line names it.
    /// </summary>
    internal static IEnumerable<string> Candidates(string libraryFolder)
    {
        if (libraryFolder.Length == 0) yield break;
        yield return Path.Combine(libraryFolder, "runtimes", "linux-x64", "native", ShimFileName);
        yield return Path.Combine(libraryFolder, ShimFileName);
        var tfm = new DirectoryInfo(libraryFolder);
        var configuration = tfm.Parent;
        var bin = configuration?.Parent;
        var project = bin?.Parent;
        var src = project?.Parent;
        if (src is null || bin!.Name != "bin") yield break;
        foreach (string sibling in SiblingProjects)
            yield return Path.Combine(src.FullName, sibling, "bin", configuration!.Name, tfm.Name, "runtimes", "linux-x64", "native", ShimFileName);
    }
}
