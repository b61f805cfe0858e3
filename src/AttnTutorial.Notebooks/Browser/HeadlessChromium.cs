using System.Diagnostics;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace AttnTutorial.Notebooks.Browser;

/// <summary>
/// A headless Chromium with a throw-away profile, driven over the DevTools Protocol. Every host name fails to resolve,
/// so a page that reaches for the network cannot get anything from it. Disposing closes the browser and deletes the profile.
/// </summary>
internal sealed partial class HeadlessChromium : IAsyncDisposable
{
    private readonly Process _process;
    private readonly DirectoryInfo _profile;
    private readonly Queue<string> _lastErrorLines;

    private HeadlessChromium(Process process, DirectoryInfo profile, Queue<string> lastErrorLines, DevToolsConnection connection)
    {
        _process = process;
        _profile = profile;
        _lastErrorLines = lastErrorLines;
        Connection = connection;
    }

    public DevToolsConnection Connection { get; }

    [GeneratedRegex(@"DevTools listening on (ws://\S+)")]
    private static partial Regex ListeningLine();

    /// <param name="executable">The browser; null finds one with <see cref="ChromiumLocator"/>.</param>
    /// <exception cref="DevToolsException">No browser, or it did not start within a minute; the message says which and why.</exception>
    public static async Task<HeadlessChromium> StartAsync(string? executable = null, CancellationToken cancellationToken = default)
    {
        executable ??= ChromiumLocator.Find() ?? throw new DevToolsException(ChromiumLocator.NotFoundMessage());
        if (!File.Exists(executable)) throw new DevToolsException($"Chromium was not found at {executable}. {ChromiumLocator.InstallHint}");
        var profile = Directory.CreateTempSubdirectory("attn-chromium-");
        var start = new ProcessStartInfo(executable) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (string argument in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--no-first-run", "--disable-sync", "--no-default-browser-check", "--hide-scrollbars", "--mute-audio",
            $"--user-data-dir={profile.FullName}", "--remote-debugging-port=0", "--host-resolver-rules=MAP * ~NOTFOUND", "about:blank",
        })
        {
            start.ArgumentList.Add(argument);
        }

        var endpoint = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        var lastLines = new Queue<string>();
        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is null) return;
            lock (lastLines)
            {
                lastLines.Enqueue(e.Data);
                if (lastLines.Count > 20) lastLines.Dequeue();
            }
            if (ListeningLine().Match(e.Data) is { Success: true } match) endpoint.TrySetResult(new Uri(match.Groups[1].Value));
        };
        process.OutputDataReceived += (_, _) => { };
        process.Exited += (_, _) => endpoint.TrySetException(new DevToolsException($"Chromium ({executable}) exited with code {process.ExitCode} before it listened:\n{Tail(lastLines)}"));
        try
        {
            process.Start();
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            profile.Delete(recursive: true);
            throw new DevToolsException($"Chromium could not be started ({executable}): {e.Message}. {ChromiumLocator.InstallHint}");
        }
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        try
        {
            var uri = await endpoint.Task.WaitAsync(TimeSpan.FromMinutes(1), cancellationToken).ConfigureAwait(false);
            var connection = await DevToolsConnection.OpenAsync(uri, cancellationToken).ConfigureAwait(false);
            return new HeadlessChromium(process, profile, lastLines, connection);
        }
        catch (Exception e) when (e is TimeoutException or OperationCanceledException or DevToolsException or System.Net.WebSockets.WebSocketException)
        {
            Stop(process, profile);
            throw e is DevToolsException ? e : new DevToolsException($"Chromium ({executable}) did not open its DevTools endpoint: {e.Message}\n{Tail(lastLines)}");
        }
    }

    /// <summary>A new tab of <paramref name="width"/>×<paramref name="height"/> CSS pixels, recording every URL it requests.</summary>
    public async Task<ChromiumPage> OpenPageAsync(int width = 1280, int height = 900, CancellationToken cancellationToken = default)
    {
        var target = await Connection.SendAsync("Target.createTarget", new JsonObject { ["url"] = "about:blank" }, cancellationToken: cancellationToken).ConfigureAwait(false);
        var attached = await Connection.SendAsync("Target.attachToTarget", new JsonObject { ["targetId"] = (string?)target["targetId"], ["flatten"] = true }, cancellationToken: cancellationToken).ConfigureAwait(false);
        var page = new ChromiumPage(Connection, (string)attached["sessionId"]!);
        await page.EnableAsync(width, height, cancellationToken).ConfigureAwait(false);
        return page;
    }

    /// <summary>The last lines Chromium wrote to its standard error, for error messages.</summary>
    public string RecentErrorOutput()
    {
        lock (_lastErrorLines) return Tail(_lastErrorLines);
    }

    private static string Tail(Queue<string> lines)
    {
        lock (lines) return string.Join('\n', lines);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await Connection.SendAsync("Browser.close", cancellationToken: timeout.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (e is DevToolsException or OperationCanceledException or System.Net.WebSockets.WebSocketException)
        {
            // Closing is best effort; the process is killed below if it is still there.
        }
        await Connection.DisposeAsync().ConfigureAwait(false);
        Stop(_process, _profile);
    }

    private static void Stop(Process process, DirectoryInfo profile)
    {
        try
        {
            if (!process.WaitForExit(TimeSpan.FromSeconds(5))) process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }
        catch (InvalidOperationException)
        {
            // Never started.
        }
        process.Dispose();
        try
        {
            profile.Delete(recursive: true);
        }
        catch (IOException)
        {
            // A helper process may still hold a file for a moment; the folder is in the temp directory.
        }
    }
}
