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

    /// <summary>
    /// A warning for <c>kernel install --user</c> on Linux when <c>XDG_DATA_HOME</c> moves the user's Jupyter folder and
    /// <c>JUPYTER_DATA_DIR</c> is not set: jupyter_core (and so JupyterLab) then looks in <c>$XDG_DATA_HOME/jupyter/kernels</c>,
    /// but VS Code's Jupyter extension looks in <c>~/.local/share/jupyter/kernels</c> (and in <c>$JUPYTER_DATA_DIR/kernels</c>),
    /// so the kernel is missing from VS Code's list. Null when there is nothing to warn about.
    /// </summary>
    public static string? VsCodeDiscoveryWarning() =>
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS()
            ? null
            : VsCodeDiscoveryWarning(
                Environment.GetEnvironmentVariable("XDG_DATA_HOME"), Environment.GetEnvironmentVariable("JUPYTER_DATA_DIR"),
                Environment.GetFolderPath(Environment.SpecialFolder.UserProfile));

    /// <summary>The warning for the given environment (Linux rules); see <see cref="VsCodeDiscoveryWarning()"/>.</summary>
    public static string? VsCodeDiscoveryWarning(string? xdgDataHome, string? jupyterDataDir, string home)
    {
        if (string.IsNullOrEmpty(xdgDataHome) || !string.IsNullOrEmpty(jupyterDataDir)) return null;
        string usual = Path.Combine(home, ".local", "share");
        if (string.Equals(Path.GetFullPath(xdgDataHome).TrimEnd('/'), Path.GetFullPath(usual), StringComparison.Ordinal)) return null;
        string jupyterData = Path.Combine(xdgDataHome, "jupyter");
        return $"warning: XDG_DATA_HOME is set ({xdgDataHome}) and JUPYTER_DATA_DIR is not, so the kernelspec goes to {jupyterData}/kernels. "
            + $"JupyterLab finds it there, but VS Code's Jupyter extension looks in {usual}/jupyter/kernels and $JUPYTER_DATA_DIR/kernels: "
            + $"to see \"{KernelSpec.DisplayName}\" in VS Code, export JUPYTER_DATA_DIR={jupyterData} where VS Code starts "
            + $"(e.g. in ~/.profile) or install again with --prefix {Path.Combine(home, ".local")}.";
    }

    /// <summary>The kernels folder under an install prefix: <c>PREFIX/share/jupyter/kernels</c> (a virtualenv or conda prefix, or a test's).</summary>
    public static string PrefixKernels(string prefix) => Path.Combine(Path.GetFullPath(prefix), "share", "jupyter", "kernels");
}
