using AttnTutorial.Kernel.Install;

namespace AttnTutorial.Kernel.Tests.Jupyter;

/// <summary>
/// A private Jupyter installation for the tests: the kernelspec, pointing at the kernel in this test output, in a
/// temporary prefix on JUPYTER_PATH, and temporary data, runtime and config folders, so nothing of the user's is read
/// or written.
/// </summary>
public sealed class JupyterFixture : IDisposable
{
    private readonly TempFolder _temp = new();

    public JupyterFixture()
    {
        KernelSpecInstaller.Install(
            JupyterPaths.PrefixKernels(_temp.Path), KernelSpec.CurrentDotnetHost(), Path.Combine(AppContext.BaseDirectory, KernelSpec.KernelAssemblyFileName));
        Environment = PrivateJupyter.Environment(_temp.Path);
    }

    public string Folder => _temp.Path;

    internal IReadOnlyDictionary<string, string> Environment { get; }

    /// <summary>Runs clients/<paramref name="script"/>; fails the test with the client's output unless it exits 0.</summary>
    public string RunClient(string script, IEnumerable<string> arguments, TimeSpan timeout)
    {
        Assert.True(JupyterClients.Available, JupyterClients.InstallHint);
        var (code, output) = PrivateJupyter.RunClient(_temp.Path, script, arguments, timeout);
        Assert.True(code == 0, $"{script} {string.Join(' ', arguments)} exited with {code}:\n{output}");
        return output;
    }

    public void Dispose() => _temp.Dispose();
}

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class JupyterClientsGroup : ICollectionFixture<JupyterFixture>
{
    // One kernel at a time: each loads Roslyn and TorchSharp, and the CI machine has two cores.
    public const string Name = "jupyter clients";
}
