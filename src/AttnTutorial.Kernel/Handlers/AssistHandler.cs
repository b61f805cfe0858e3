using System.Text.Json.Nodes;
using AttnTutorial.Kernel.Execution;
using AttnTutorial.Kernel.Language;
using AttnTutorial.Kernel.Protocol;

namespace AttnTutorial.Kernel.Handlers;

/// <summary>
/// A request about code being typed (complete, inspect): answered on the assist thread, so it answers while a long
/// cell runs. The cursor arrives in code points and is handed on as a UTF-16 offset; a failure inside Roslyn is
/// logged and answered as "nothing found", never as a broken reply.
/// </summary>
internal abstract class AssistHandler(WorkQueue assist) : IRequestHandler
{
    public abstract string MsgType { get; }

    public void Handle(RequestContext context) => assist.Post(() =>
    {
        string code = context.Request.ContentText("code", "")!;
        int cursor = CellText.ToUtf16(code, context.Request.ContentNumber("cursor_pos", int.MaxValue));
        JsonObject content;
        try
        {
            content = Answer(code, cursor);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            KernelLog.Warn($"{MsgType} failed: {e.Message}");
            content = NothingFound(code, cursor);
        }
        content["status"] = "ok";
        context.Reply(MessageBuilder.ReplyTypeOf(MsgType), content);
    });

    /// <summary>The reply content (without status) for the code and the UTF-16 cursor.</summary>
    protected abstract JsonObject Answer(string code, int cursor);

    protected abstract JsonObject NothingFound(string code, int cursor);
}
