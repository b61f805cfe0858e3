using System.Text.Json.Nodes;

namespace AttnTutorial.Notebooks.Browser;

/// <summary>One tab of a <see cref="HeadlessChromium"/>: navigate, run script, type, take screenshots, print to PDF.</summary>
internal sealed class ChromiumPage
{
    private readonly DevToolsConnection _connection;
    private readonly string _sessionId;
    private readonly List<string> _requests = [];
    private TaskCompletionSource? _loaded;

    public ChromiumPage(DevToolsConnection connection, string sessionId)
    {
        _connection = connection;
        _sessionId = sessionId;
        connection.OnEvent((method, parameters, session) =>
        {
            if (session != _sessionId) return;
            if (method == "Network.requestWillBeSent" && (string?)parameters["request"]?["url"] is { } url)
            {
                lock (_requests) _requests.Add(url);
            }
            else if (method == "Page.loadEventFired")
            {
                _loaded?.TrySetResult();
            }
        });
    }

    /// <summary>Every URL the page asked for since it was opened (files, scripts, fonts, anything it fetched).</summary>
    public IReadOnlyList<string> Requests
    {
        get
        {
            lock (_requests) return [.. _requests];
        }
    }

    internal async Task EnableAsync(int width, int height, CancellationToken cancellationToken)
    {
        await SendAsync("Page.enable", null, cancellationToken).ConfigureAwait(false);
        await SendAsync("Runtime.enable", null, cancellationToken).ConfigureAwait(false);
        await SendAsync("Network.enable", null, cancellationToken).ConfigureAwait(false);
        await SetViewportAsync(width, height, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Makes the window <paramref name="width"/>×<paramref name="height"/> CSS pixels; the page gets a resize event.</summary>
    public async Task SetViewportAsync(int width, int height, CancellationToken cancellationToken = default) =>
        await SendAsync("Emulation.setDeviceMetricsOverride", new JsonObject { ["width"] = width, ["height"] = height, ["deviceScaleFactor"] = 1, ["mobile"] = false }, cancellationToken).ConfigureAwait(false);

    /// <summary>Opens <paramref name="url"/> and waits for its load event.</summary>
    /// <exception cref="DevToolsException">The page could not be opened, or did not load within <paramref name="timeout"/>.</exception>
    public Task NavigateAsync(string url, TimeSpan timeout, CancellationToken cancellationToken = default) =>
        WaitForLoadAsync(async () =>
        {
            var result = await SendAsync("Page.navigate", new JsonObject { ["url"] = url }, cancellationToken).ConfigureAwait(false);
            if ((string?)result["errorText"] is { Length: > 0 } error) throw new DevToolsException($"Chromium could not open {url}: {error}");
        }, url, timeout, cancellationToken);

    /// <summary>Runs <paramref name="expression"/> (e.g. a click on a link) and waits for the page it leads to to load.</summary>
    public Task FollowAsync(string expression, TimeSpan timeout, CancellationToken cancellationToken = default) =>
        WaitForLoadAsync(() => EvaluateAsync(expression, cancellationToken), expression, timeout, cancellationToken);

    private async Task WaitForLoadAsync(Func<Task> start, string what, TimeSpan timeout, CancellationToken cancellationToken)
    {
        _loaded = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await start().ConfigureAwait(false);
        try
        {
            await _loaded.Task.WaitAsync(timeout, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            throw new DevToolsException($"{what}: no page finished loading within {timeout.TotalSeconds:F0} s");
        }
    }

    /// <summary>Runs <paramref name="expression"/> in the page (awaiting a promise it returns) and returns its value as JSON.</summary>
    /// <exception cref="DevToolsException">The script threw; the message is the page's error.</exception>
    public async Task<JsonNode?> EvaluateAsync(string expression, CancellationToken cancellationToken = default)
    {
        var result = await SendAsync("Runtime.evaluate", new JsonObject { ["expression"] = expression, ["awaitPromise"] = true, ["returnByValue"] = true }, cancellationToken).ConfigureAwait(false);
        if (result["exceptionDetails"] is JsonObject details)
            throw new DevToolsException($"script failed: {(string?)details["exception"]?["description"] ?? (string?)details["text"]}");
        return result["result"]?["value"]?.DeepClone();
    }

    /// <summary>Types <paramref name="text"/> into the focused element, as a keyboard would (input events fire).</summary>
    public Task InsertTextAsync(string text, CancellationToken cancellationToken = default) =>
        SendAsync("Input.insertText", new JsonObject { ["text"] = text }, cancellationToken);

    /// <summary>A PNG of the viewport.</summary>
    public async Task<byte[]> ScreenshotAsync(CancellationToken cancellationToken = default)
    {
        var result = await SendAsync("Page.captureScreenshot", new JsonObject { ["format"] = "png" }, cancellationToken).ConfigureAwait(false);
        return Convert.FromBase64String((string)result["data"]!);
    }

    /// <summary>The page printed to PDF with Chromium's print settings in <paramref name="options"/> (Page.printToPDF), streamed back in pieces.</summary>
    public async Task<byte[]> PrintToPdfAsync(JsonObject options, CancellationToken cancellationToken = default)
    {
        options["transferMode"] = "ReturnAsStream";
        var result = await SendAsync("Page.printToPDF", options, cancellationToken).ConfigureAwait(false);
        string handle = (string)result["stream"]!;
        using var pdf = new MemoryStream();
        while (true)
        {
            var chunk = await SendAsync("IO.read", new JsonObject { ["handle"] = handle, ["size"] = 1 << 20 }, cancellationToken).ConfigureAwait(false);
            string data = (string?)chunk["data"] ?? "";
            byte[] bytes = (bool?)chunk["base64Encoded"] == true ? Convert.FromBase64String(data) : System.Text.Encoding.Latin1.GetBytes(data);
            pdf.Write(bytes);
            if ((bool?)chunk["eof"] == true) break;
        }
        await SendAsync("IO.close", new JsonObject { ["handle"] = handle }, cancellationToken).ConfigureAwait(false);
        return pdf.ToArray();
    }

    private Task<JsonObject> SendAsync(string method, JsonObject? parameters, CancellationToken cancellationToken) =>
        _connection.SendAsync(method, parameters, _sessionId, cancellationToken);
}
