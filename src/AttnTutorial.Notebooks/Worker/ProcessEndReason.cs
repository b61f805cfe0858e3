using System.Globalization;
using System.Text.RegularExpressions;

namespace AttnTutorial.Notebooks.Worker;

/// <summary>
/// Says in a few words why a worker process ended, from its exit code and the end of its standard error: the .NET
/// runtime prints "Stack overflow." and the repeated frame, or "Unhandled exception." and the exception, before it aborts.
/// </summary>
internal static partial class ProcessEndReason
{
    [GeneratedRegex(@"Repeated (\d+) times:\s*-+\s*at (\S[^\r\n]*)")]
    private static partial Regex RepeatedFrame();

    [GeneratedRegex(@"Unhandled exception\. ([^\r\n]+)")]
    private static partial Regex UnhandledException();

    /// <param name="exitCode">The process's exit code; on Unix 128 + N when signal N ended it.</param>
    /// <param name="stderr">The last part of what the process wrote to its standard error.</param>
    public static string Describe(int exitCode, string stderr)
    {
        if (stderr.Contains("Stack overflow.", StringComparison.Ordinal))
        {
            var frame = RepeatedFrame().Match(stderr);
            return frame.Success
                ? string.Create(CultureInfo.InvariantCulture, $"stack overflow ({frame.Groups[2].Value.Trim()} repeated {frame.Groups[1].Value} times)")
                : "stack overflow";
        }
        var unhandled = UnhandledException().Match(stderr);
        if (unhandled.Success) return $"unhandled exception: {unhandled.Groups[1].Value.Trim()}";
        if (!OperatingSystem.IsWindows() && exitCode > 128)
        {
            return (exitCode - 128) switch
            {
                9 => "killed (SIGKILL; out of memory?)",
                6 => "aborted (SIGABRT)",
                11 => "segmentation fault (SIGSEGV) in native code",
                int signal => string.Create(CultureInfo.InvariantCulture, $"ended by signal {signal}"),
            };
        }
        return string.Create(CultureInfo.InvariantCulture, $"exit code {exitCode} (Environment.Exit or a native exit)");
    }
}
