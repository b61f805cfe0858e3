using System.Diagnostics;
using System.Text.Json;

namespace AttnTutorial.TestSupport;

/// <summary>Runs headless Chromium once per call, with a fresh profile and no network.</summary>
internal static class Chromium
{
    /// <summary>Where to look, in order; <c>CHROMIUM_PATH</c> overrides.</summary>
    private static readonly string[] Candidates = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable"];

    public const string InstallHint = "Install it with `sudo apt-get install chromium` (Debian/Ubuntu) or set CHROMIUM_PATH to a Chromium/Chrome binary.";

    /// <summary>The browser to use, or null when none is installed.</summary>
    public static string? Executable { get; } = Find();

    private static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(4);

    /// <summary>
    /// Opens <paramref name="file"/> headless with a throw-away profile and every host name unresolvable, adds
    /// <paramref name="arguments"/> (e.g. --virtual-time-budget, --dump-dom) and returns Chromium's stdout.
    /// </summary>
    public static string Run(string file, params string[] arguments)
    {
        var executable = Executable ?? throw new InvalidOperationException($"Chromium was not found. {InstallHint}");
        var profile = Directory.CreateTempSubdirectory("attn-chromium-");
        try
        {
            var start = new ProcessStartInfo(executable)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in new[]
            {
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--no-first-run", "--no-default-browser-check", "--hide-scrollbars", $"--user-data-dir={profile.FullName}",
                // Any name lookup fails, so a page that needs the network cannot render from it.
                "--host-resolver-rules=MAP * ~NOTFOUND",
            }.Concat(arguments).Append(new Uri(file).AbsoluteUri))
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            // A hang guard, not a speed target: a page renders in seconds on an idle machine, but one check on a fresh
            // clone (load ≈ 50) saw Chromium need more than 90 s for a chart page.
            if (!process.WaitForExit(HangGuard))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"Chromium did not finish within {HangGuard.TotalSeconds:F0} s on {file}.");
            }

            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"Chromium exited with {process.ExitCode} on {file}:\n{stderr.Result}");
            }

            return stdout.Result;
        }
        finally
        {
            profile.Delete(recursive: true);
        }
    }

    /// <summary>
    /// URLs a page asked the network for, from a Chromium net log (<c>--log-net-log</c>): requests whose initiator
    /// is a document (the browser's own background requests have "not an origin") and whose scheme is not local.
    /// </summary>
    public static IReadOnlyList<string> PageRequests(string netLogPath)
    {
        using var log = JsonDocument.Parse(File.ReadAllText(netLogPath));
        var startJob = log.RootElement.GetProperty("constants").GetProperty("logEventTypes").GetProperty("URL_REQUEST_START_JOB").GetInt32();
        var urls = new List<string>();
        foreach (var entry in log.RootElement.GetProperty("events").EnumerateArray())
        {
            if (entry.GetProperty("type").GetInt32() != startJob
                || !entry.TryGetProperty("params", out var parameters)
                || !parameters.TryGetProperty("url", out var urlElement))
            {
                continue;
            }

            var url = urlElement.GetString()!;
            var initiator = parameters.TryGetProperty("initiator", out var i) ? i.GetString() : null;
            var isolation = parameters.TryGetProperty("network_isolation_key", out var n) ? n.GetString() : null;
            var fromPage = (initiator is not null && initiator != "not an origin") || (isolation?.StartsWith("file://", StringComparison.Ordinal) ?? false);
            var local = url.StartsWith("file:", StringComparison.Ordinal) || url.StartsWith("data:", StringComparison.Ordinal) || url.StartsWith("blob:", StringComparison.Ordinal);
            if (fromPage && !local)
            {
                urls.Add(url);
            }
        }

        return urls;
    }

    private static string? Find()
    {
        var configured = Environment.GetEnvironmentVariable("CHROMIUM_PATH");
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return File.Exists(configured) ? configured : null;
        }

        return Candidates.FirstOrDefault(File.Exists);
    }
}
