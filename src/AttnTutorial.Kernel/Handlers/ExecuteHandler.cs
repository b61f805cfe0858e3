using AttnTutorial.Kernel.Execution;

namespace AttnTutorial.Kernel.Handlers;

/// <summary>execute: queued for the execution thread, which publishes the outputs and replies.</summary>
internal sealed class ExecuteHandler(ExecutionQueue queue) : IRequestHandler
{
    public string MsgType => "execute_request";

    public void Handle(RequestContext context) => queue.Enqueue(context);
}
