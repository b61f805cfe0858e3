using System.Reflection;
using AttnTutorial.Hosting;

namespace AttnTutorial.Tests.Hosting;

public class FSharpCoreRedirectTests
{
    private static readonly Assembly FSharpCore = typeof(Microsoft.FSharp.Core.Unit).Assembly;

    [Fact]
    public void Resolve_NewerFSharpCore_GivesTheLoadedOne()
    {
        var requested = new AssemblyName("FSharp.Core, Version=99.1.0.0, Culture=neutral, PublicKeyToken=b03f5f7f11d50a3a");

        Assert.Same(FSharpCore, FSharpCoreRedirect.Resolve(requested, [typeof(object).Assembly, FSharpCore]));
    }

    [Fact]
    public void Resolve_OtherAssembly_IsLeftToOthers()
    {
        Assert.Null(FSharpCoreRedirect.Resolve(new AssemblyName("Plotly.NET, Version=99.0.0.0"), [FSharpCore]));
    }

    [Fact]
    public void Resolve_NoFSharpCoreLoaded_IsNull()
    {
        Assert.Null(FSharpCoreRedirect.Resolve(new AssemblyName("FSharp.Core, Version=10.1.0.0"), [typeof(object).Assembly]));
    }
}
