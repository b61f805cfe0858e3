using System.Diagnostics;
using System.Globalization;

namespace AttnTutorial.Kernel;

/// <summary>
/// Stops the kernel when the client that started it is gone (it died without a shutdown request), so no orphaned
/// kernel keeps its memory. Jupyter clients name themselves in <c>JPY_PARENT_PID</c>.
/// </summary>
internal sealed class ParentWatcher : IDisposable
{
    private readonly Timer? _timer;

    public ParentWatcher(Action parentGone)
    {
        if (!int.TryParse(Environment.GetEnvironmentVariable("JPY_PARENT_PID"), NumberStyles.Integer, CultureInfo.InvariantCulture, out int pid) || pid <= 1)
            return;
        _timer = new Timer(_ =>
        {
            if (IsAlive(pid)) return;
            KernelLog.Warn($"the client process {pid} is gone; shutting down");
            parentGone();
        }, null, TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(3));
    }

    public void Dispose() => _timer?.Dispose();

    private static bool IsAlive(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            return false;
        }
    }
}
