namespace AttnTutorial.Hosting;

/// <summary>
/// The one line every chapter's setup cell runs, <c>AttnTutorial.Hosting.NotebookHost.Setup();</c>, so that the same
/// chapter runs in the course's own kernel and in .NET Interactive (its Jupyter kernel, Polyglot Notebooks, dotnet-repl).
/// It detects its host and, under .NET Interactive only, adapts it:
/// <list type="bullet">
/// <item>FSharp.Core requests for a newer version than the host's get the host's copy (<see cref="FSharpCoreRedirect"/>);</item>
/// <item>TorchSharp's native shim is the copy this repository's build patched (<see cref="TorchSharpShim"/>);</item>
/// <item>from the next cell on, <c>CellCancellationToken</c>, <c>System.IO</c>, <c>System.Threading</c>, offline charts
/// and <c>ToHtml()</c> tables, as the course engine has them (<see cref="DotNetInteractiveBridge"/>);</item>
/// <item>in dotnet-interactive's Jupyter kernel, Jupyter's Interrupt cancels the running cell instead of stopping the kernel
/// (<see cref="JupyterInterrupt"/>).</item>
/// </list>
/// The course engine has all of this built in; there <see cref="Setup"/> changes nothing.
/// </summary>
public static class NotebookHost
{
    private const string CourseEngineAssembly = "AttnTutorial.Notebooks";
    private static readonly Lock Gate = new();
    private static NotebookHostKind? _setUp;

    /// <summary>The host running this process, from the assemblies it has loaded.</summary>
    public static NotebookHostKind Detect() => Detect(AppDomain.CurrentDomain.GetAssemblies().Select(a => a.GetName().Name ?? ""));

    /// <summary>The host, given the simple names of the loaded assemblies.</summary>
    public static NotebookHostKind Detect(IEnumerable<string> loadedAssemblies)
    {
        var names = loadedAssemblies.ToHashSet(StringComparer.Ordinal);
        if (names.Contains(CourseEngineAssembly)) return NotebookHostKind.CourseEngine;
        if (names.Contains(DotNetInteractiveBridge.AssemblyName)) return NotebookHostKind.DotNetInteractive;
        return NotebookHostKind.None;
    }

    /// <summary>
    /// Adapts the host once per process (later calls return the first answer): call it in the setup cell, before the
    /// first use of TorchSharp.
    /// </summary>
    /// <returns>The host found.</returns>
    /// <exception cref="InvalidOperationException">Under .NET Interactive, outside a running cell or with an unknown version of it.</exception>
    public static NotebookHostKind Setup()
    {
        lock (Gate)
        {
            if (_setUp is { } done) return done;
            var kind = Detect();
            if (kind == NotebookHostKind.DotNetInteractive)
            {
                FSharpCoreRedirect.Install();
                TorchSharpShim.PreloadPatchedCopy();
                var interactive = AppDomain.CurrentDomain.GetAssemblies().First(a => a.GetName().Name == DotNetInteractiveBridge.AssemblyName);
                object kernel = DotNetInteractiveBridge.CurrentKernel(interactive);
                DotNetInteractiveBridge.DeferSubmission(interactive, kernel);
                if (JupyterInterrupt.IsJupyterKernel(Environment.GetCommandLineArgs())) InstallInterrupt(interactive, kernel);
            }
            _setUp = kind;
            return kind;
        }
    }

    /// <summary>A kernel that Interrupt restarts is still worth running the chapter in: say so and go on.</summary>
    private static void InstallInterrupt(System.Reflection.Assembly interactive, object kernel)
    {
        try
        {
            JupyterInterrupt.Install(interactive, kernel);
        }
        catch (InvalidOperationException e)
        {
            Console.Error.WriteLine($"AttnTutorial: {e.Message}");
        }
    }
}
