namespace AttnTutorial.Kernel.Handlers;

/// <summary>Handles one message type. Called on the socket thread: anything slow goes to a worker.</summary>
internal interface IRequestHandler
{
    /// <summary>The <c>msg_type</c> handled, e.g. "execute_request".</summary>
    string MsgType { get; }

    void Handle(RequestContext context);
}
