using System.Text;
using System.Text.Json.Nodes;
using AttnTutorial.Kernel.Protocol;
using NetMQ;
using NetMQ.Sockets;

namespace AttnTutorial.Kernel.Tests.EndToEnd;

/// <summary>The kernel as a process, driven by a small C# client: runs everywhere, with or without Jupyter installed.</summary>
[Collection(Jupyter.JupyterClientsGroup.Name)]
public class KernelProcessTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    [Fact]
    public void Kernel_AnswersExecutesRejectsForgeriesAndShutsDown()
    {
        using var kernel = new KernelProcess();

        string infoId = kernel.Send("kernel_info_request", new JsonObject());
        var info = kernel.Receive(Timeout);
        Assert.NotNull(info);
        Assert.Equal(("kernel_info_reply", infoId), (info.MsgType, info.ParentHeader["msg_id"]!.GetValue<string>()));
        Assert.Equal("csharp", info.Content["language_info"]!["name"]!.GetValue<string>());

        using (var heartbeat = new RequestSocket())
        {
            heartbeat.Connect(kernel.Connection.Endpoint(kernel.Connection.HeartbeatPort));
            heartbeat.SendFrame("ping");
            Assert.True(heartbeat.TryReceiveFrameString(Timeout, out string? echo));
            Assert.Equal("ping", echo);
        }

        string marker = Path.Combine(Path.GetTempPath(), $"attntutorial-forged-{Guid.NewGuid():N}.txt");
        var forged = new JsonObject { ["code"] = $"System.IO.File.WriteAllText(@\"{marker}\", \"ran\");", ["silent"] = false };
        kernel.Send("execute_request", (JsonObject)forged.DeepClone(), new MessageSigner("wrong-key"));
        kernel.Send("execute_request", (JsonObject)forged.DeepClone(), new MessageSigner(""));
        Assert.Null(kernel.Receive(TimeSpan.FromSeconds(2)));

        string executeId = kernel.Send("execute_request", new JsonObject { ["code"] = "6 * 7", ["silent"] = false, ["store_history"] = true });
        var reply = kernel.Receive(Timeout);
        Assert.NotNull(reply);
        Assert.Equal("execute_reply", reply.MsgType);
        Assert.Equal("ok", reply.ContentText("status"));
        var outputs = kernel.Outputs(executeId, Timeout);
        var result = Assert.Single(outputs, m => m.MsgType == "execute_result");
        Assert.Equal("42", result.Content["data"]!["text/plain"]!.GetValue<string>());
        Assert.False(File.Exists(marker), "a forged execute_request ran");
        Assert.Contains("rejected a message with a wrong signature", kernel.Log, StringComparison.Ordinal);
        Assert.Contains("rejected a message without a signature", kernel.Log, StringComparison.Ordinal);

        kernel.Send("shutdown_request", new JsonObject { ["restart"] = false });
        var shutdown = kernel.Receive(Timeout);
        Assert.NotNull(shutdown);
        Assert.Equal("shutdown_reply", shutdown.MsgType);
        Assert.True(kernel.Process.WaitForExit(TimeSpan.FromSeconds(20)), "the kernel did not exit after shutdown_request");
        Assert.Equal(0, kernel.Process.ExitCode);
    }

    [Fact]
    public void FailedRequest_AbortsTheQueueBehindItOnlyWhenNotSilent()
    {
        using var kernel = new KernelProcess();

        // Sent back to back, so each queues behind the one before it, as a client's "Run All" does.
        string silentFailure = kernel.Send("execute_request", new JsonObject { ["code"] = "throw new Exception(\"silent probe\");", ["silent"] = true });
        string afterSilent = kernel.Send("execute_request", new JsonObject { ["code"] = "1 + 1", ["silent"] = false });
        string loudFailure = kernel.Send("execute_request", new JsonObject { ["code"] = "throw new Exception(\"seen\");", ["silent"] = false });
        string afterLoud = kernel.Send("execute_request", new JsonObject { ["code"] = "2 + 2", ["silent"] = false });

        var status = new Dictionary<string, string?>();
        for (int i = 0; i < 4; i++)
        {
            var reply = kernel.Receive(Timeout) ?? throw new TimeoutException($"no execute_reply {i + 1} of 4; kernel log:\n{kernel.Log}");
            status[reply.ParentHeader["msg_id"]!.GetValue<string>()] = reply.ContentText("status");
        }

        // As ipykernel: a silent request's failure never aborts what follows; a visible one does.
        Assert.Equal(("error", "ok", "error", "aborted"), (status[silentFailure], status[afterSilent], status[loudFailure], status[afterLoud]));
    }

    [Theory]
    [InlineData("")]
    [InlineData("/nonexistent/connection.json")]
    public void Kernel_BadArguments_ExitsWithOneLine(string arguments)
    {
        var log = new StringBuilder();
        using var process = KernelProcess.Start(arguments, log);

        Assert.True(process.WaitForExit(TimeSpan.FromSeconds(60)));
        process.WaitForExit();

        Assert.Equal(2, process.ExitCode);
        Assert.Contains(arguments.Length == 0 ? "usage:" : "cannot use the connection file", log.ToString(), StringComparison.Ordinal);
    }
}
