using System.Text.Json.Nodes;

namespace AttnTutorial.Kernel.Handlers;

/// <summary>
/// shutdown: replies, then stops the process. With <c>restart</c> the client starts a fresh kernel process, so a
/// restart is the same as a shutdown here: nothing of the old session survives.
/// </summary>
internal sealed class ShutdownHandler(Action shutdown) : IRequestHandler
{
    public string MsgType => "shutdown_request";

    public void Handle(RequestContext context)
    {
        bool restart = context.Request.ContentFlag("restart", false);
        KernelLog.Info(restart ? "shutdown for a restart requested" : "shutdown requested");
        context.Reply("shutdown_reply", new JsonObject { ["status"] = "ok", ["restart"] = restart }, shutdown);
    }
}
