namespace AttnTutorial.TestSupport;

/// <summary>
/// Jupyter's folders for a test, all inside one temporary folder, so that no kernelspec, runtime file or setting of the
/// user's is read or written: kernelspecs under ROOT/share/jupyter/kernels (on JUPYTER_PATH), and data, runtime and config
/// folders of their own.
/// </summary>
internal static class PrivateJupyter
{
    /// <summary>The folder for the kernelspec named <paramref name="name"/>.</summary>
    public static string KernelSpecFolder(string root, string name) => Path.Combine(root, "share", "jupyter", "kernels", name);

    /// <summary>The environment variables that point Jupyter's clients (and the kernels they start) at <paramref name="root"/>.</summary>
    public static IReadOnlyDictionary<string, string> Environment(string root) => new Dictionary<string, string>
    {
        ["JUPYTER_PATH"] = Path.Combine(root, "share", "jupyter"),
        ["JUPYTER_DATA_DIR"] = Path.Combine(root, "data"),
        ["JUPYTER_RUNTIME_DIR"] = Path.Combine(root, "runtime"),
        ["JUPYTER_CONFIG_DIR"] = Path.Combine(root, "config"),
    };

    /// <summary>
    /// Runs the client script <paramref name="script"/> (from the test output's clients/ folder) with /usr/bin/python3 against
    /// the Jupyter in <paramref name="root"/>; returns its exit code and output (see <see cref="SystemPython.Run"/>).
    /// </summary>
    public static (int ExitCode, string Output) RunClient(string root, string script, IEnumerable<string> arguments, TimeSpan timeout) =>
        SystemPython.Run([Path.Combine(AppContext.BaseDirectory, "clients", script), .. arguments], timeout, Environment(root));
}
