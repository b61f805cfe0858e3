using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace AttnTutorial.Kernel.Tests.Browser;

/// <summary>
/// Debian's classic Jupyter Notebook server on a free local port, serving <paramref name="notebookFolder"/> with the
/// test's private Jupyter folders (the kernelspec of <see cref="Jupyter.JupyterFixture"/>). Stopped, with its kernels, on dispose.
/// </summary>
internal sealed class ClassicNotebookServer : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _log = new();

    public ClassicNotebookServer(string notebookFolder, IReadOnlyDictionary<string, string> jupyterEnvironment)
    {
        Port = FreePort();
        Token = Guid.NewGuid().ToString("N");
        var start = new ProcessStartInfo(BrowserTools.JupyterNotebook ?? throw new InvalidOperationException(BrowserTools.InstallHint))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = notebookFolder,
        };
        foreach (string argument in new[]
        {
            "--no-browser", "--allow-root", "--ip=127.0.0.1", $"--port={Port}", "--port-retries=0",
            $"--NotebookApp.token={Token}", $"--notebook-dir={notebookFolder}",
        })
        {
            start.ArgumentList.Add(argument);
        }
        foreach (var (name, value) in jupyterEnvironment) start.Environment[name] = value;
        _process = Process.Start(start)!;
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        WaitUntilServing(TimeSpan.FromSeconds(60));
    }

    public int Port { get; }

    public string Token { get; }

    /// <summary>What the server logged so far (kernel starts, saves, errors).</summary>
    public string Log
    {
        get { lock (_log) return _log.ToString(); }
    }

    /// <summary>The page that opens <paramref name="notebookName"/> in the classic Notebook.</summary>
    public string NotebookUrl(string notebookName) => $"http://127.0.0.1:{Port}/notebooks/{Uri.EscapeDataString(notebookName)}?token={Token}";

    public void Dispose()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
        _process.Dispose();
    }

    private void WaitUntilServing(TimeSpan timeout)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < timeout)
        {
            if (_process.HasExited) throw new InvalidOperationException($"jupyter-notebook exited with {_process.ExitCode}:\n{Log}");
            try
            {
                if (http.GetAsync($"http://127.0.0.1:{Port}/api/status?token={Token}").GetAwaiter().GetResult().StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Listening but slow to answer on a busy machine.
            }
            Thread.Sleep(250);
        }
        throw new TimeoutException($"jupyter-notebook did not answer on port {Port} within {timeout.TotalSeconds:0} s:\n{Log}");
    }

    private void Append(string? line)
    {
        if (line is null) return;
        lock (_log) _log.AppendLine(line);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
