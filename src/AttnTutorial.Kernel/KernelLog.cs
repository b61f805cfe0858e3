using System.Globalization;
using System.Text;

namespace AttnTutorial.Kernel;

/// <summary>
/// The kernel's own log, on the process's real standard error (Jupyter clients show it in their kernel log). Captured at
/// start-up because cells redirect <c>Console.Error</c> into their outputs while they run.
/// </summary>
internal static class KernelLog
{
    private static readonly Lock Gate = new();
    private static TextWriter _writer = TextWriter.Null;

    /// <summary>Sends the log to the process's standard error; call once, before any cell runs.</summary>
    public static void UseStandardError() =>
        _writer = new StreamWriter(Console.OpenStandardError(), new UTF8Encoding(false)) { AutoFlush = true };

    public static void Info(string message) => Write("info", message);

    public static void Warn(string message) => Write("warn", message);

    public static void Error(string message) => Write("error", message);

    private static void Write(string level, string message)
    {
        string line = string.Create(CultureInfo.InvariantCulture, $"[attntutorial-kernel {DateTime.UtcNow:HH:mm:ss.fff} {level}] {message}");
        lock (Gate)
        {
            _writer.WriteLine(line);
        }
    }
}
