namespace AttnTutorial.Cli.Tests;

[Collection(ConsoleSwappingTests.Name)]
public class KernelCommandTests
{
    private static (int Code, string Out, string Error) Run(params string[] args)
    {
        var (originalOut, originalError) = (Console.Out, Console.Error);
        using var output = new StringWriter();
        using var error = new StringWriter();
        Console.SetOut(output);
        Console.SetError(error);
        try
        {
            return (CommandLine.Dispatch(["kernel", .. args]), output.ToString(), error.ToString());
        }
        finally
        {
            Console.SetOut(originalOut);
            Console.SetError(originalError);
        }
    }

    [Fact]
    public void Install_Prefix_WritesTheSpecAndUninstallRemovesIt()
    {
        using var temp = new TempFolder();
        string spec = Path.Combine(temp.Path, "share", "jupyter", "kernels", "attntutorial-csharp", "kernel.json");

        var install = Run("install", "--prefix", temp.Path);

        Assert.Equal(0, install.Code);
        Assert.True(File.Exists(spec), install.Out + install.Error);
        Assert.Contains(Path.Combine(AppContext.BaseDirectory, "AttnTutorial.Kernel.dll"), File.ReadAllText(spec).Replace("\\\\", "\\", StringComparison.Ordinal), StringComparison.Ordinal);

        var uninstall = Run("uninstall", "--prefix", temp.Path);

        Assert.Equal(0, uninstall.Code);
        Assert.False(File.Exists(spec));
    }

    [Fact]
    public void Install_User_XdgDataHomeWithoutJupyterDataDir_WarnsAboutVsCode()
    {
        if (OperatingSystem.IsWindows() || OperatingSystem.IsMacOS()) return; // XDG_DATA_HOME means nothing to Jupyter there
        using var temp = new TempFolder();
        var saved = (Xdg: Environment.GetEnvironmentVariable("XDG_DATA_HOME"), Jupyter: Environment.GetEnvironmentVariable("JUPYTER_DATA_DIR"));
        Environment.SetEnvironmentVariable("XDG_DATA_HOME", temp.Path);
        Environment.SetEnvironmentVariable("JUPYTER_DATA_DIR", null);
        try
        {
            var install = Run("install", "--user");

            Assert.Equal(0, install.Code);
            Assert.True(File.Exists(Path.Combine(temp.Path, "jupyter", "kernels", "attntutorial-csharp", "kernel.json")), install.Out + install.Error);
            Assert.Contains($"export JUPYTER_DATA_DIR={Path.Combine(temp.Path, "jupyter")}", install.Error, StringComparison.Ordinal);

            var prefix = Run("install", "--prefix", temp.File("venv"));
            Assert.Equal("", prefix.Error);
        }
        finally
        {
            Environment.SetEnvironmentVariable("XDG_DATA_HOME", saved.Xdg);
            Environment.SetEnvironmentVariable("JUPYTER_DATA_DIR", saved.Jupyter);
        }
    }

    [Theory]
    [InlineData("install", "--bogus")]
    [InlineData("install", "--prefix")]
    [InlineData("install", "--user", "--prefix", "/tmp/x")]
    [InlineData("reinstall")]
    public void BadArguments_OneLineAndExitCode2(params string[] args)
    {
        var (code, _, error) = Run(args);

        Assert.Equal(2, code);
        Assert.Single(error.TrimEnd().Split('\n'));
        Assert.StartsWith("kernel:", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("install", "--help")]
    [InlineData("uninstall", "-h")]
    [InlineData("install", "--prefix", "/tmp/x", "--help")]
    public void Help_AnywhereAfterKernel_PrintsUsageAndExitCode0(params string[] args)
    {
        var (code, output, error) = Run(args);

        Assert.Equal(0, code);
        Assert.StartsWith("usage: attntutorial kernel install|uninstall", output, StringComparison.Ordinal);
        Assert.Contains("--prefix", output, StringComparison.Ordinal);
        Assert.Empty(error);
    }

    [Fact]
    public void NoAction_PrintsUsageAndExitCode2()
    {
        var (code, output, _) = Run();

        Assert.Equal(2, code);
        Assert.Contains("install|uninstall", output, StringComparison.Ordinal);
    }
}
