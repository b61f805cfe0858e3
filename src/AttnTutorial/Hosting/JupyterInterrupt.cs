using System.Collections;
using System.Reflection;
using System.Runtime.InteropServices;

namespace AttnTutorial.Hosting;

/// <summary>
/// Makes Jupyter's Interrupt stop the running cell under dotnet-interactive's Jupyter kernel (<c>dotnet-interactive jupyter</c>,
/// which JupyterLab, the classic Notebook, nbclient and VS Code's Jupyter extension start from .NET Interactive's kernelspec).
/// Microsoft.dotnet-interactive 1.0.712001 cannot be interrupted there on its own:
/// <list type="bullet">
/// <item>its kernelspec names no <c>interrupt_mode</c>, so Jupyter interrupts with SIGINT, and two parts of the tool take SIGINT
/// as "stop the program": its web host (Microsoft.Extensions.Hosting's console lifetime) shuts down, and its command line
/// (System.CommandLine) disposes the kernel. The kernel dies about a second later and the cell is never answered;</item>
/// <item>with <c>"interrupt_mode": "message"</c> nothing happens: its control channel drops <c>interrupt_request</c>, and its
/// shell channel reads the next request only after the running cell has ended.</item>
/// </list>
/// <see cref="Install"/> registers a SIGINT handler of ours and unregisters those two, and twice a second any of them
/// registered later. In practice only the web host's is there: System.CommandLine 2.0.0 registers its handler only once
/// the command's action has handed back its task (InvocationPipeline.InvokeAsync), and the <c>jupyter</c> action blocks in
/// the web host until the kernel shuts down, so normally it never does; were the action ever to return early, its handler
/// would be registered before the web host starts, so before any cell, and Install removes it too. The guard is for what
/// the tool's code does not show. .NET 10 calls every handler of a signal, newest first (cancelling the signal does not stop the others;
/// checked with 10.0.12), and has no public way to unregister a handler one did not register, so
/// <see cref="UnregisterInterruptHandlers"/> edits <see cref="PosixSignalRegistration"/>'s private table; if a later runtime
/// changes it, Setup says so and Interrupt restarts the kernel as before. Our handler sends the kernel the command its own
/// clients (Polyglot Notebooks, dotnet-repl) stop a cell with, <c>Cancel</c>: the kernel fails the running submission
/// ("Command cancelled."), answers the client, and cancels the submission's token, the one <c>CellCancellationToken</c>
/// returns, so the trainer stops before its next batch. Code that never looks at that token runs on in the background, as
/// it would under Polyglot Notebooks. SIGTERM, which Jupyter uses to stop a kernel, is left alone.
/// </summary>
internal static class JupyterInterrupt
{
    /// <summary>The assemblies of the tool whose SIGINT handlers stop it: its web host's console lifetime and its command line.</summary>
    public static readonly IReadOnlySet<string> StoppingHandlerAssemblies = new HashSet<string>(StringComparer.Ordinal)
    {
        "Microsoft.Extensions.Hosting",
        "System.CommandLine",
    };

    /// <summary>Kept for the life of the process: a collected registration would unregister the handler.</summary>
    private static PosixSignalRegistration? _registration;

    /// <summary>
    /// How often <see cref="_guard"/> looks for a stopping handler registered after Setup: one registered later would still
    /// run on the next SIGINT (the runtime calls every handler, newest first) and stop the kernel. Neither of the tool's two
    /// does so by its code (see the class remarks), but three CI checks once failed with the kernel gone after an Interrupt,
    /// cause never found, and the guard's log line would name such a handler.
    /// </summary>
    private static readonly TimeSpan GuardPeriod = TimeSpan.FromMilliseconds(500);

    /// <summary>Removes stopping SIGINT handlers that appear after Setup; kept for the life of the process.</summary>
    private static Timer? _guard;

    /// <summary>True for the command line of dotnet-interactive's Jupyter kernel (<c>dotnet-interactive jupyter ... CONNECTION_FILE</c>).</summary>
    /// <param name="commandLine">The process's arguments as <see cref="Environment.GetCommandLineArgs"/> gives them: the program first.</param>
    public static bool IsJupyterKernel(IReadOnlyList<string> commandLine) =>
        commandLine.Count > 2 && string.Equals(commandLine[1], "jupyter", StringComparison.Ordinal)
        && !string.Equals(commandLine[2], "install", StringComparison.Ordinal);

    /// <summary>
    /// Turns SIGINT into a <c>Cancel</c> command to <paramref name="kernel"/>'s root kernel and unregisters the tool's handlers
    /// that would stop it; once per process (the caller holds <see cref="NotebookHost"/>'s lock).
    /// </summary>
    /// <param name="interactive">The loaded Microsoft.DotNet.Interactive assembly.</param>
    /// <param name="kernel">The kernel running the current cell.</param>
    /// <exception cref="InvalidOperationException">.NET Interactive's API, or the runtime's signal table, is not the one this was written for; nothing was changed.</exception>
    public static void Install(Assembly interactive, object kernel)
    {
        if (_registration is not null || (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())) return;   // Jupyter interrupts Windows kernels another way
        var cancel = CancelSender(interactive, kernel);
        _ = InterruptHandlerOwners();   // fails here, before anything changed, on a runtime that keeps its handlers differently
        _registration = PosixSignalRegistration.Create(PosixSignal.SIGINT, context => OnInterrupt(context, cancel));
        var removed = Unregister(StoppingHandlerAssemblies);
        KernelLog($"Interrupt cancels the running cell: removed the SIGINT handler(s) {string.Join(", ", removed)}; left: {DescribeInterruptHandlers()}");
        _guard = new Timer(_ => RemoveLateStoppingHandlers(StoppingHandlerAssemblies), null, GuardPeriod, GuardPeriod);
    }

    /// <summary>
    /// The guard's tick: unregisters stopping handlers registered since the last look and names them in the log. Never
    /// throws (it runs on a timer thread).
    /// </summary>
    internal static int RemoveLateStoppingHandlers(IReadOnlySet<string> assemblies)
    {
        try
        {
            var removed = Unregister(assemblies);
            if (removed.Count > 0) KernelLog($"removed a stopping SIGINT handler registered after Setup: {string.Join(", ", removed)}");
            return removed.Count;
        }
        catch (Exception e)
        {
            KernelLog($"could not look for late SIGINT handlers: {e.Message}");
            return 0;
        }
    }

    /// <summary>
    /// Handles one SIGINT: keeps it from ending the process (when no other handler is left) and asks the kernel, on the
    /// thread pool, to cancel the running cell. Never throws: an exception on the signal thread would end the kernel; a
    /// failure goes to standard error.
    /// </summary>
    internal static void OnInterrupt(PosixSignalContext context, Func<Task> cancel)
    {
        context.Cancel = true;
        KernelLog($"SIGINT: cancelling the running cell; SIGINT handlers now: {DescribeInterruptHandlers()}");
        Task.Run(cancel).ContinueWith(t => Report(t.Exception!), CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
    }

    /// <summary>
    /// <c>() =&gt; kernel.RootKernel.SendAsync(new Cancel(), CancellationToken.None)</c>, built by reflection, since this library
    /// does not reference .NET Interactive.
    /// </summary>
    /// <exception cref="InvalidOperationException">A type or member of that call is missing from <paramref name="interactive"/>.</exception>
    internal static Func<Task> CancelSender(Assembly interactive, object kernel)
    {
        var kernelType = interactive.GetType("Microsoft.DotNet.Interactive.Kernel") ?? throw DotNetInteractiveBridge.Changed("Kernel");
        var commandType = interactive.GetType("Microsoft.DotNet.Interactive.Commands.KernelCommand") ?? throw DotNetInteractiveBridge.Changed("Commands.KernelCommand");
        var cancelType = interactive.GetType("Microsoft.DotNet.Interactive.Commands.Cancel") ?? throw DotNetInteractiveBridge.Changed("Commands.Cancel");
        var constructor = cancelType.GetConstructors().FirstOrDefault(c => c.GetParameters().All(p => p.HasDefaultValue))
            ?? throw DotNetInteractiveBridge.Changed("Cancel(string targetKernelName = null)");
        var send = kernelType.GetMethod("SendAsync", [commandType, typeof(CancellationToken)]) ?? throw DotNetInteractiveBridge.Changed("Kernel.SendAsync(KernelCommand, CancellationToken)");
        object root = kernelType.GetProperty("RootKernel")?.GetValue(kernel) ?? throw DotNetInteractiveBridge.Changed("Kernel.RootKernel");
        object?[] defaults = [.. constructor.GetParameters().Select(p => p.DefaultValue)];
        return () => (Task)send.Invoke(root, [constructor.Invoke(defaults), CancellationToken.None])!;
    }

    /// <summary>
    /// Unregisters the SIGINT handlers declared in <paramref name="assemblies"/> (by simple name); returns how many there were.
    /// Their owners' later <c>Dispose</c> finds nothing to remove, which the runtime allows.
    /// </summary>
    /// <exception cref="InvalidOperationException">The runtime keeps its signal handlers differently from .NET 10.</exception>
    internal static int UnregisterInterruptHandlers(IReadOnlySet<string> assemblies) => Unregister(assemblies).Count;

    /// <summary><see cref="UnregisterInterruptHandlers"/>, returning the removed handlers as "Assembly:Type.Method".</summary>
    private static List<string> Unregister(IReadOnlySet<string> assemblies)
    {
        var table = SignalTable.Find();
        lock (table.Registrations)
        {
            var doomed = table.InterruptHandlers().Where(h => assemblies.Contains(h.Owner)).ToList();
            foreach (var (list, token, _, _) in doomed) list.Remove(token);
            return [.. doomed.Select(Describe)];
        }
    }

    /// <summary>
    /// The process's SIGINT handlers as "Assembly:Type.Method", for the kernel's log: a handler that stops the tool and was
    /// registered after <see cref="Install"/> shows up here. Never throws.
    /// </summary>
    internal static string DescribeInterruptHandlers()
    {
        try
        {
            var table = SignalTable.Find();
            lock (table.Registrations)
            {
                return string.Join(", ", table.InterruptHandlers().Select(Describe));
            }
        }
        catch (Exception e)
        {
            return $"(unknown: {e.Message})";
        }
    }

    private static string Describe((IList List, object Token, string Owner, string Method) handler) => $"{handler.Owner}:{handler.Method}";

    /// <summary>The simple names of the assemblies that declare the process's SIGINT handlers, in registration order.</summary>
    /// <exception cref="InvalidOperationException">The runtime keeps its signal handlers differently from .NET 10.</exception>
    internal static IReadOnlyList<string> InterruptHandlerOwners()
    {
        var table = SignalTable.Find();
        lock (table.Registrations)
        {
            return [.. table.InterruptHandlers().Select(h => h.Owner)];
        }
    }

    /// <summary>
    /// <c>PosixSignalRegistration.s_registrations</c> as .NET 10 keeps it: signal number → <c>List&lt;Token&gt;</c>, each token with
    /// its <c>Signal</c> and <c>Handler</c>; the runtime locks the dictionary itself while it reads or changes it.
    /// </summary>
    private sealed record SignalTable(IDictionary Registrations, PropertyInfo Signal, PropertyInfo Handler)
    {
        private const string Expected = "PosixSignalRegistration.s_registrations as a dictionary of token lists with Token.Signal and Token.Handler";

        public static SignalTable Find()
        {
            const BindingFlags Instance = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance;
            var registrations = typeof(PosixSignalRegistration).GetField("s_registrations", BindingFlags.NonPublic | BindingFlags.Static)?.GetValue(null) as IDictionary;
            var token = typeof(PosixSignalRegistration).GetNestedType("Token", BindingFlags.NonPublic);
            var signal = token?.GetProperty("Signal", Instance);
            var handler = token?.GetProperty("Handler", Instance);
            if (registrations is null || signal?.PropertyType != typeof(PosixSignal) || handler is null || !typeof(Delegate).IsAssignableFrom(handler.PropertyType))
                throw RuntimeChanged(Expected);
            return new SignalTable(registrations, signal, handler);
        }

        /// <summary>The SIGINT tokens, with the list that holds each and the assembly that declares its handler; call under the lock.</summary>
        public List<(IList List, object Token, string Owner, string Method)> InterruptHandlers()
        {
            var found = new List<(IList, object, string, string)>();
            foreach (object? tokens in Registrations.Values)
            {
                if (tokens is not IList list) throw RuntimeChanged(Expected);
                foreach (object token in list)
                {
                    if ((PosixSignal)Signal.GetValue(token)! != PosixSignal.SIGINT) continue;
                    var method = ((Delegate)Handler.GetValue(token)!).Method;
                    found.Add((list, token, method.DeclaringType?.Assembly.GetName().Name ?? "", $"{method.DeclaringType?.FullName}.{method.Name}"));
                }
            }
            return found;
        }
    }

    private static InvalidOperationException RuntimeChanged(string expected) =>
        new($"this .NET runtime ({RuntimeInformation.FrameworkDescription}) has no {expected}; Interrupt will restart the kernel instead of stopping the cell");

    private static void Report(Exception e) =>
        KernelLog($"could not interrupt the running cell: {e.GetBaseException().Message}");

    /// <summary>The kernel process's own standard error (the Jupyter server's log), not a cell's: .NET Interactive redirects
    /// <see cref="Console.Error"/> into the running cell's output, and these lines are for whoever reads the log.</summary>
    private static readonly Lazy<TextWriter> ProcessError = new(() => TextWriter.Synchronized(new StreamWriter(Console.OpenStandardError()) { AutoFlush = true }));

    private static void KernelLog(string line)
    {
        try
        {
            ProcessError.Value.WriteLine($"AttnTutorial: {line}");
        }
        catch (IOException)
        {
            // No standard error to write to: the log line is lost, the interrupt still works.
        }
    }
}
