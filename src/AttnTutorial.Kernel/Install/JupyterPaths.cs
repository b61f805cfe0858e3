namespace AttnTutorial.Kernel.Install;

/// <summary>The kernelspec folders Jupyter clients (VS Code, JupyterLab, jupyter_client) search, as jupyter_core defines them.</summary>
public static class JupyterPaths
{
    /// <summary>
    /// The user's kernels folder: <c>$JUPYTER_DATA_DIR/kernels</c> when set; else <c>%APPDATA%\jupyter\kernels</c> on
    /// Windows, <c>~/Library/Jupyter/kernels</c> on macOS, <c>$XDG_DATA_HOME/jupyter/kernels</c> (default
    /// <c>~/.local/share/jupyter/kernels</c>) elsewhere.
    /// </summary>
    public static string UserKernels()
    {
        if (Environment.GetEnvironmentVariable("JUPYTER_DATA_DIR") is { Length: > 0 } configured)
            return Path.Combine(configured, "kernels");
        string home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        if (OperatingSystem.IsWindows())
            return Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.ApplicationData), "jupyter", "kernels");
        if (OperatingSystem.IsMacOS())
            return Path.Combine(home, "Library", "Jupyter", "kernels");
        string data = Environment.GetEnvironmentVariable("XDG_DATA_HOME") is { Length: > 0 } xdg ? xdg : Path.Combine(home, ".local", "share");
        return Path.Combine(data, "jupyter", "kernels");
    }

    /// <summary>The kernels folder under an install prefix: <c>PREFIX/share/jupyter/kernels</c> (a virtualenv or conda prefix, or a test's).</summary>
    public static string PrefixKernels(string prefix) => Path.Combine(Path.GetFullPath(prefix), "share", "jupyter", "kernels");
}
