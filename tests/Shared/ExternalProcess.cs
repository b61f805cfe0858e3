using System.Diagnostics;

namespace AttnTutorial.TestSupport;

/// <summary>Runs a third-party program a test drives (node, dotnet-repl) to its end, with its output captured.</summary>
internal static class ExternalProcess
{
    /// <summary>
    /// Starts <paramref name="start"/> with stdout and stderr redirected and waits; after <paramref name="timeout"/> kills it
    /// and everything it started, and reports exit code -1 with <c>TimedOut</c> set.
    /// </summary>
    public static (int ExitCode, string Stdout, string Stderr, bool TimedOut) Run(ProcessStartInfo start, TimeSpan timeout)
    {
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.UseShellExecute = false;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        bool exited = process.WaitForExit(timeout);
        if (!exited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }
        return (exited ? process.ExitCode : -1, stdout.GetAwaiter().GetResult(), stderr.GetAwaiter().GetResult(), !exited);
    }
}
