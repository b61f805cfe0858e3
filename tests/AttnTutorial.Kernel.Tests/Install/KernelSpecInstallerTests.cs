using System.Text.Json.Nodes;
using AttnTutorial.Kernel.Install;

namespace AttnTutorial.Kernel.Tests.Install;

public class KernelSpecInstallerTests
{
    private static readonly string KernelAssembly = Path.Combine(AppContext.BaseDirectory, KernelSpec.KernelAssemblyFileName);

    [Fact]
    public void Install_WritesKernelJsonThatStartsTheBuiltKernel()
    {
        using var temp = new TempFolder();
        string kernels = JupyterPaths.PrefixKernels(temp.Path);

        string folder = KernelSpecInstaller.Install(kernels, "/opt/dotnet/dotnet", KernelAssembly);

        Assert.Equal(Path.Combine(temp.Path, "share", "jupyter", "kernels", "attntutorial-csharp"), folder);
        var spec = JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "kernel.json")))!;
        Assert.Equal(["/opt/dotnet/dotnet", KernelAssembly, "{connection_file}"], spec["argv"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.Equal("C# (AttnTutorial)", spec["display_name"]!.GetValue<string>());
        Assert.Equal("csharp", spec["language"]!.GetValue<string>());
        Assert.Equal("message", spec["interrupt_mode"]!.GetValue<string>());
    }

    [Fact]
    public void Install_Twice_ReplacesAndLeavesNoTemporaryFolders()
    {
        using var temp = new TempFolder();
        string kernels = JupyterPaths.PrefixKernels(temp.Path);
        KernelSpecInstaller.Install(kernels, "dotnet", KernelAssembly);
        File.WriteAllText(Path.Combine(kernels, KernelSpec.Name, "stale.txt"), "from an older install");

        KernelSpecInstaller.Install(kernels, "/usr/bin/dotnet", KernelAssembly);

        Assert.Equal([KernelSpec.Name], Directory.GetDirectories(kernels).Select(Path.GetFileName));
        Assert.False(File.Exists(Path.Combine(kernels, KernelSpec.Name, "stale.txt")));
        Assert.Contains("/usr/bin/dotnet", File.ReadAllText(Path.Combine(kernels, KernelSpec.Name, "kernel.json")), StringComparison.Ordinal);
    }

    [Fact]
    public void Install_KernelNotBuilt_ThrowsAndKeepsTheOldSpec()
    {
        using var temp = new TempFolder();
        string kernels = JupyterPaths.PrefixKernels(temp.Path);
        KernelSpecInstaller.Install(kernels, "dotnet", KernelAssembly);
        string before = File.ReadAllText(Path.Combine(kernels, KernelSpec.Name, "kernel.json"));

        var e = Assert.Throws<FileNotFoundException>(() => KernelSpecInstaller.Install(kernels, "dotnet", Path.Combine(temp.Path, "missing.dll")));

        Assert.Contains("missing.dll", e.Message, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllText(Path.Combine(kernels, KernelSpec.Name, "kernel.json")));
    }

    [Fact]
    public void Uninstall_RemovesTheSpecOnce()
    {
        using var temp = new TempFolder();
        string kernels = JupyterPaths.PrefixKernels(temp.Path);
        KernelSpecInstaller.Install(kernels, "dotnet", KernelAssembly);

        Assert.NotNull(KernelSpecInstaller.Uninstall(kernels));
        Assert.False(Directory.Exists(Path.Combine(kernels, KernelSpec.Name)));
        Assert.Null(KernelSpecInstaller.Uninstall(kernels));
    }

    [Fact]
    public void Install_WritesTheLogosBesideKernelJson()
    {
        using var temp = new TempFolder();

        string folder = KernelSpecInstaller.Install(JupyterPaths.PrefixKernels(temp.Path), "dotnet", KernelAssembly);

        byte[] png = File.ReadAllBytes(Path.Combine(folder, "logo-64x64.png"));
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, png[..4]);
        // The PNG header's width and height (big-endian, bytes 16-23) must match the name Jupyter looks the file up by.
        Assert.Equal(64, (png[16] << 24) | (png[17] << 16) | (png[18] << 8) | png[19]);
        Assert.Equal(64, (png[20] << 24) | (png[21] << 16) | (png[22] << 8) | png[23]);
        byte[] small = File.ReadAllBytes(Path.Combine(folder, "logo-32x32.png"));
        Assert.Equal(32, (small[16] << 24) | (small[17] << 16) | (small[18] << 8) | small[19]);
        Assert.StartsWith("<svg", File.ReadAllText(Path.Combine(folder, "logo-svg.svg")), StringComparison.Ordinal);
    }

    [Fact]
    public void VsCodeDiscoveryWarning_XdgDataHomeWithoutJupyterDataDir_SaysWhatToSet()
    {
        string? warning = JupyterPaths.VsCodeDiscoveryWarning("/data/me", null, "/home/me");

        Assert.NotNull(warning);
        Assert.Contains("JUPYTER_DATA_DIR=/data/me/jupyter", warning, StringComparison.Ordinal);
        Assert.Contains("/home/me/.local/share/jupyter/kernels", warning, StringComparison.Ordinal);
        Assert.Contains("--prefix /home/me/.local", warning, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("", null)]
    [InlineData("/data/me", "/data/me/jupyter")]
    [InlineData("/home/me/.local/share", null)]
    [InlineData("/home/me/.local/share/", null)]
    public void VsCodeDiscoveryWarning_NothingToWarnAbout_IsNull(string? xdgDataHome, string? jupyterDataDir)
    {
        Assert.Null(JupyterPaths.VsCodeDiscoveryWarning(xdgDataHome, jupyterDataDir, "/home/me"));
    }

    [Fact]
    public void CurrentDotnetHost_IsAnExistingDotnetExecutable()
    {
        string host = KernelSpec.CurrentDotnetHost();

        Assert.True(File.Exists(host), host);
        Assert.StartsWith("dotnet", Path.GetFileName(host), StringComparison.Ordinal);
    }
}
