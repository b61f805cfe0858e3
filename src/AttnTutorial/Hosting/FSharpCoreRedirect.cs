using System.Reflection;
using System.Runtime.Loader;

namespace AttnTutorial.Hosting;

/// <summary>
/// Lets Plotly.NET 6.0.0 (built against FSharp.Core 10.1.0.0) load in a host that ships FSharp.Core 10.0.0.0, as
/// .NET Interactive 1.0.712001 does: a request for a newer FSharp.Core that the default load context cannot satisfy
/// gets the host's copy. Plotly.NET and Plotly.NET.CSharp use no API that 10.1 added, so the charts are the same.
/// </summary>
internal static class FSharpCoreRedirect
{
    private static int _installed;

    /// <summary>Installs the redirect once per process.</summary>
    public static void Install()
    {
        if (Interlocked.Exchange(ref _installed, 1) != 0) return;
        AssemblyLoadContext.Default.Resolving += (_, name) => Resolve(name, AppDomain.CurrentDomain.GetAssemblies());
    }

    /// <summary>The loaded FSharp.Core for a request for FSharp.Core of any version; null for any other assembly.</summary>
    internal static Assembly? Resolve(AssemblyName requested, IEnumerable<Assembly> loaded) =>
        string.Equals(requested.Name, "FSharp.Core", StringComparison.Ordinal)
            ? loaded.Where(a => string.Equals(a.GetName().Name, "FSharp.Core", StringComparison.Ordinal)).MaxBy(a => a.GetName().Version)
            : null;
}
