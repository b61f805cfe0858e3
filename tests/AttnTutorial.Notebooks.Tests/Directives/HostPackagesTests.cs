using System.Xml.Linq;
using AttnTutorial.Notebooks.Directives;

namespace AttnTutorial.Notebooks.Tests.Directives;

public class HostPackagesTests
{
    [Theory]
    [InlineData("TorchSharp-cpu")]
    [InlineData("Plotly.NET")]
    [InlineData("Plotly.NET.CSharp")]
    [InlineData("MathNet.Numerics")]
    public void VersionOf_CarriedPackage_IsThePinnedVersion(string packageId)
    {
        var pinned = XDocument.Load(Path.Combine(RepoPaths.Root, "Directory.Packages.props"))
            .Descendants("PackageVersion").Single(e => (string?)e.Attribute("Include") == packageId);

        Assert.Equal((string?)pinned.Attribute("Version"), HostPackages.VersionOf(packageId));
    }

    [Fact]
    public void VersionOf_OtherPackage_IsNull()
    {
        Assert.Null(HostPackages.VersionOf("Newtonsoft.Json"));
    }

    [Fact]
    public void Load_Torch_ReturnsTheHostsTorchSharp()
    {
        Assert.Same(typeof(TorchSharp.torch).Assembly, HostPackages.Load("torchsharp-cpu").Single());
    }
}
