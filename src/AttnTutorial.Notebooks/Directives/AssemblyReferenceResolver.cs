using System.Reflection;
using System.Runtime.Loader;

namespace AttnTutorial.Notebooks.Directives;

/// <summary>
/// Finds the host's own copy of an assembly a notebook references. An assembly the host has already loaded, or can load
/// by name from its own dependencies, is reused whatever path the notebook gave: a notebook naming
/// <c>bin/Release/.../AttnTutorial.dll</c> gets the host's copy even when only a Debug build exists, and a restored
/// package's FSharp.Core or System.* is the host's, so that types match.
/// </summary>
public static class AssemblyReferenceResolver
{
    /// <summary>A loaded assembly with this simple name, or one the host can load by name; null when there is none.</summary>
    public static Assembly? FindHostAssembly(string simpleName)
    {
        var loaded = AppDomain.CurrentDomain.GetAssemblies().FirstOrDefault(a =>
            !a.IsDynamic && a.Location.Length > 0 && string.Equals(a.GetName().Name, simpleName, StringComparison.OrdinalIgnoreCase));
        if (loaded is not null) return loaded;
        try
        {
            var assembly = AssemblyLoadContext.Default.LoadFromAssemblyName(new AssemblyName(simpleName));
            return assembly.Location.Length > 0 ? assembly : null;
        }
        catch (Exception e) when (e is FileNotFoundException or FileLoadException or BadImageFormatException)
        {
            return null;
        }
    }
}
