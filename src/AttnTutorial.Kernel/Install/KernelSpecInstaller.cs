namespace AttnTutorial.Kernel.Install;

/// <summary>
/// Writes and removes the kernelspec folder. The new folder is written beside the old under a temporary name and
/// renamed into place, so a client never sees half a kernelspec and a failed install leaves the old one as it was.
/// Public, with <see cref="KernelSpec"/> and <see cref="JupyterPaths"/>: the kernel owns its installation, and the
/// CLI's <c>kernel install</c> only parses its options and calls this.
/// </summary>
public static class KernelSpecInstaller
{
    /// <summary>Installs (or replaces) the kernelspec in <paramref name="kernelsFolder"/>.</summary>
    /// <returns>The kernelspec folder.</returns>
    /// <exception cref="FileNotFoundException">The kernel assembly is not built.</exception>
    public static string Install(string kernelsFolder, string dotnetHost, string kernelAssembly)
    {
        if (!File.Exists(kernelAssembly))
            throw new FileNotFoundException($"the kernel is not built: {kernelAssembly} does not exist", kernelAssembly);
        Directory.CreateDirectory(kernelsFolder);
        string target = Path.Combine(kernelsFolder, KernelSpec.Name);
        string staging = Path.Combine(kernelsFolder, $".{KernelSpec.Name}.{Guid.NewGuid():N}.tmp");
        string retired = staging + ".old";
        try
        {
            Directory.CreateDirectory(staging);
            File.WriteAllText(Path.Combine(staging, "kernel.json"), KernelSpec.Json(dotnetHost, Path.GetFullPath(kernelAssembly)));
            KernelSpec.WriteLogos(staging);
            if (Directory.Exists(target)) Directory.Move(target, retired);
            Directory.Move(staging, target);
        }
        catch
        {
            if (!Directory.Exists(target) && Directory.Exists(retired)) Directory.Move(retired, target);
            throw;
        }
        finally
        {
            if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
            if (Directory.Exists(retired)) Directory.Delete(retired, recursive: true);
        }
        return target;
    }

    /// <summary>Removes the kernelspec from <paramref name="kernelsFolder"/>.</summary>
    /// <returns>The removed folder, or null when none was installed there.</returns>
    public static string? Uninstall(string kernelsFolder)
    {
        string target = Path.Combine(kernelsFolder, KernelSpec.Name);
        if (!Directory.Exists(target)) return null;
        Directory.Delete(target, recursive: true);
        return target;
    }
}
