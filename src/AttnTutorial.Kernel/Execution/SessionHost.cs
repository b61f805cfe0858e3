using AttnTutorial.Notebooks.Execution;
using Microsoft.CodeAnalysis.CSharp.Scripting;

namespace AttnTutorial.Kernel.Execution;

/// <summary>
/// Creates the kernel's one <see cref="NotebookSession"/> in the background, so that the sockets answer at once, and
/// warms the compiler up meanwhile, so that the first cell does not pay for it.
/// </summary>
internal sealed class SessionHost
{
    private readonly Task<NotebookSession> _session;

    public SessionHost(SessionOptions options)
    {
        _session = Task.Run(() => Create(options));
    }

    /// <summary>The session; waits for it the first time.</summary>
    public NotebookSession Session => _session.GetAwaiter().GetResult();

    /// <summary>The session, or null when <paramref name="cancellationToken"/> (an interrupt) ends the wait for it first.</summary>
    public NotebookSession? WaitForSession(CancellationToken cancellationToken)
    {
        try
        {
            _session.Wait(cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return null;
        }
        return Session;
    }

    private static NotebookSession Create(SessionOptions options)
    {
        var session = new NotebookSession(options);
        try
        {
            // A throwaway script (not a cell: the session's count and state stay untouched) runs the compiler, emitter
            // and script runner once; the completion path gets its own warm-up.
            CSharpScript.Create("System.Math.Max(1, 2)", session.ScriptOptions).RunAsync().GetAwaiter().GetResult();
            _ = session.GetSemanticModel("System.Math.").LookupSymbols(0);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            KernelLog.Warn($"warm-up failed (cells still run): {e.Message}");
        }
        return session;
    }
}
