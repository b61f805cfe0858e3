using System.Reflection;

namespace AttnTutorial.Notebooks.Directives;

/// <summary>
/// The NuGet packages the engine itself carries. A notebook's <c>#r "nuget: ..."</c> for one of them resolves at once to
/// the host's loaded copy, with no restore. Versions come from Directory.Packages.props, embedded at build time.
/// </summary>
public static class HostPackages
{
    // Package id → the assemblies a notebook gets from it. Plotly.NET is an F# library and its public types use these.
    private static readonly Dictionary<string, string[]> AssembliesByPackage = new(StringComparer.OrdinalIgnoreCase)
    {
        ["TorchSharp-cpu"] = ["TorchSharp"],
        ["TorchSharp"] = ["TorchSharp"],
        ["Plotly.NET"] = ["Plotly.NET", "FSharp.Core", "DynamicObj"],
        ["Plotly.NET.CSharp"] = ["Plotly.NET.CSharp", "Plotly.NET", "FSharp.Core", "DynamicObj"],
        ["MathNet.Numerics"] = ["MathNet.Numerics"],
        ["Markdig"] = ["Markdig"],
    };

    // Packages that are the same code under another id: TorchSharp without -cpu is the managed part of TorchSharp-cpu.
    private static readonly Dictionary<string, string> VersionSource = new(StringComparer.OrdinalIgnoreCase)
    {
        ["TorchSharp"] = "TorchSharp-cpu",
    };

    private static readonly Dictionary<string, string> Versions = typeof(HostPackages).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Where(a => a.Key.StartsWith("HostPackage:", StringComparison.Ordinal) && a.Value is not null)
        .ToDictionary(a => a.Key["HostPackage:".Length..], a => a.Value!, StringComparer.OrdinalIgnoreCase);

    /// <summary>The carried package ids and their versions.</summary>
    public static IReadOnlyDictionary<string, string> All =>
        AssembliesByPackage.Keys.Where(id => VersionOf(id) is not null).ToDictionary(id => id, id => VersionOf(id)!, StringComparer.OrdinalIgnoreCase);

    /// <summary>The version the host carries of <paramref name="packageId"/>, or null when it does not carry it.</summary>
    public static string? VersionOf(string packageId) =>
        AssembliesByPackage.ContainsKey(packageId) && Versions.TryGetValue(VersionSource.GetValueOrDefault(packageId, packageId), out var version)
            ? version
            : null;

    /// <summary>The host's loaded assemblies for a carried package; loads them into the default context if needed.</summary>
    public static IReadOnlyList<Assembly> Load(string packageId) =>
        AssembliesByPackage.TryGetValue(packageId, out var names)
            ? names.Select(name => Assembly.Load(new AssemblyName(name))).ToList()
            : throw new ArgumentException($"the host does not carry the package '{packageId}'", nameof(packageId));
}
