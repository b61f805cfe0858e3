namespace AttnTutorial.Kernel.Tests.Jupyter;

/// <summary>The real Jupyter clients the tests drive: Debian's python3-jupyter-client and python3-nbclient (see <see cref="SystemPython"/>).</summary>
internal static class JupyterClients
{
    public const string InstallHint =
        "needs /usr/bin/python3 with jupyter_client, nbclient and nbformat: sudo apt-get install python3-jupyter-client python3-nbclient python3-nbformat";

    private static readonly Lazy<bool> Present = new(() => SystemPython.Has("jupyter_client", "nbclient", "nbformat"));

    public static bool Available => Present.Value;

    /// <summary>CI must run these tests; only elsewhere (a laptop) may they be skipped.</summary>
    public static bool MaySkip => !Ci.Running && !Available;
}
