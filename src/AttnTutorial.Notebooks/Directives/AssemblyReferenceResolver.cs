using System.Reflection;
using System.Runtime.Loader;

namespace AttnTutorial.Notebooks.Directives;

/// <summary>
/// Resolves <c>#r "path.dll"</c>. An assembly the host has already loaded, or can load by name from its own
/// dependencies, is reused whatever the path says (so a notebook naming <c>bin/Release/.../AttnTutorial.dll</c> gets
/// the host's copy even when only a Debug build exists); otherwise the file is referenced from the notebook's folder.
/// </summary>
public static class AssemblyReferenceResolver
{
    /// <summary>The path of the assembly to reference.</summary>
    /// <param name="path">As written in the directive; relative paths are taken from <paramref name="baseDirectory"/>.</param>
    /// <param name="baseDirectory">The notebook's folder.</param>
    /// <param name="line">The directive's line within its cell, for the error.</param>
    /// <exception cref="DirectiveException">No such assembly is loaded in the host and the file does not exist.</exception>
    public static string Resolve(string path, string baseDirectory, int line)
    {
        string fullPath = Path.GetFullPath(Path.Combine(baseDirectory, path));
        string simpleName = Path.GetFileNameWithoutExtension(fullPath);
        var host = FindHostAssembly(simpleName);
        if (host is not null) return host.Location;
        if (File.Exists(fullPath)) return fullPath;
        throw new DirectiveException(line,
            $"#r \"{path}\": the file {fullPath} does not exist, and the host has no assembly named '{simpleName}' to use instead (build it first?)");
    }

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
