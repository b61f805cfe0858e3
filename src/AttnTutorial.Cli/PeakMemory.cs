using System.Diagnostics;
using System.Globalization;

namespace AttnTutorial.Cli;

/// <summary>The process's peak resident memory, native allocations (libtorch) included.</summary>
internal static class PeakMemory
{
    public static double Megabytes()
    {
        // /proc's VmHWM counts libtorch's native memory; the managed heap alone would miss most of it.
        const string status = "/proc/self/status";
        if (File.Exists(status))
        {
            foreach (string line in File.ReadLines(status))
            {
                if (!line.StartsWith("VmHWM:", StringComparison.Ordinal)) continue;
                string kb = line["VmHWM:".Length..].Trim().Split(' ')[0];
                return double.Parse(kb, CultureInfo.InvariantCulture) / 1024.0;
            }
        }
        using var self = Process.GetCurrentProcess();
        return self.PeakWorkingSet64 / (1024.0 * 1024.0);
    }
}
