using AttnTutorial.Notebooks.Directives;
using AttnTutorial.Notebooks.Execution;
using AttnTutorial.Notebooks.Formatting;

namespace AttnTutorial.Notebooks.Tests.Directives;

/// <summary>Packages the host does not carry are restored with the .NET SDK (from the local cache or the registry).</summary>
public class NuGetRestorerTests
{
    [Theory]
    [InlineData(".NETCoreApp,Version=v10.0", "net10.0")]
    [InlineData(".NETCoreApp,Version=v9.0", "net9.0")]
    public void Moniker_FromTheTargetFrameworkAttribute_IsTheShortName(string frameworkName, string moniker)
    {
        Assert.Equal(moniker, NuGetRestorer.Moniker(frameworkName));
    }

    [Fact]
    public void TargetFramework_IsTheOneTheEngineRunsOn()
    {
        Assert.Equal($"net{Environment.Version.Major}.{Environment.Version.Minor}", NuGetRestorer.TargetFramework);
        Assert.Equal(NuGetRestorer.TargetFramework, NuGetRestorer.Moniker(null));
    }

    [Fact]
    public async Task ExecuteAsync_PackageTheHostDoesNotCarry_IsRestoredAndUsable()
    {
        using var cache = new TempFolder();
        var session = new NotebookSession(new SessionOptions { NuGetCacheDirectory = cache.Path, CellTimeout = TimeSpan.FromMinutes(5) });
        var sink = new RecordingSink();

        var result = await session.ExecuteAsync(
            "#r \"nuget: SharpZipLib, 1.4.1\"\nusing ICSharpCode.SharpZipLib.Checksum;\nvar crc = new Crc32();\ncrc.Update(new byte[] { 1, 2, 3 });\ncrc.Value",
            sink);

        Assert.True(result.Succeeded, result.Error?.Describe());
        Assert.Equal("1438416925", sink.Results.Single().GetText(MimeBundle.PlainText));
    }

    [Fact]
    public async Task ExecuteAsync_PackageThatDoesNotExist_IsAClearErrorNamingIt()
    {
        using var cache = new TempFolder();
        var session = new NotebookSession(new SessionOptions { NuGetCacheDirectory = cache.Path, CellTimeout = TimeSpan.FromMinutes(5) });
        var sink = new RecordingSink();

        var result = await session.ExecuteAsync("// needs a package\n#r \"nuget: AttnTutorial.NoSuchPackage.Anywhere, 1.0.0\"", "cell 2", sink, CancellationToken.None);

        Assert.Equal(CellStatus.Error, result.Status);
        var error = sink.Errors.Single();
        Assert.Equal(2, error.Line);
        Assert.StartsWith("#r \"nuget: AttnTutorial.NoSuchPackage.Anywhere\": could not restore AttnTutorial.NoSuchPackage.Anywhere 1.0.0: ", error.Message, StringComparison.Ordinal);
        Assert.Contains("NU1101", error.Message, StringComparison.Ordinal);
    }
}
