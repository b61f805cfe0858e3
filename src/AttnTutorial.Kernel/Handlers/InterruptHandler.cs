using System.Text.Json.Nodes;
using AttnTutorial.Kernel.Execution;

namespace AttnTutorial.Kernel.Handlers;

/// <summary>interrupt (message mode, on the control channel): cancels the running cell; its execute_reply reports the interruption.</summary>
internal sealed class InterruptHandler(ExecutionQueue queue) : IRequestHandler
{
    public string MsgType => "interrupt_request";

    public void Handle(RequestContext context)
    {
        bool running = queue.Interrupt();
        KernelLog.Info(running ? "interrupt: cancelling the running cell" : "interrupt: no cell was running");
        context.Reply("interrupt_reply", new JsonObject { ["status"] = "ok" });
    }
}
