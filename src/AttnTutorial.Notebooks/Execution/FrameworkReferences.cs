using System.Reflection;
using System.Runtime.InteropServices;
using Microsoft.CodeAnalysis;

namespace AttnTutorial.Notebooks.Execution;

/// <summary>
/// Every managed assembly of the running shared framework, as compile-time references, so cells can use any BCL type
/// (System.Linq, System.Text.Json, ...) without a <c>#r</c>, as in .NET Interactive. Built once per process.
/// </summary>
internal static class FrameworkReferences
{
    private static readonly Lazy<IReadOnlyList<MetadataReference>> All = new(Load);

    public static IReadOnlyList<MetadataReference> Get() => All.Value;

    private static List<MetadataReference> Load()
    {
        var references = new List<MetadataReference>();
        foreach (string path in Directory.GetFiles(RuntimeEnvironment.GetRuntimeDirectory(), "*.dll").Order(StringComparer.Ordinal))
        {
            try
            {
                AssemblyName.GetAssemblyName(path);
            }
            catch (BadImageFormatException)
            {
                continue; // a native library that happens to end in .dll
            }
            references.Add(MetadataReference.CreateFromFile(path));
        }
        return references;
    }
}
