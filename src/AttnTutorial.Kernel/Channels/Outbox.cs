using AttnTutorial.Kernel.Protocol;

namespace AttnTutorial.Kernel.Channels;

/// <summary>Where every outgoing message goes: replies through the socket thread, broadcasts through the IOPub thread.</summary>
internal sealed class Outbox(RequestRouter router, IopubPublisher iopub, MessageBuilder builder)
{
    public MessageBuilder Builder => builder;

    public void Send(Channel channel, JupyterMessage message, Action? afterSent = null) => router.Send(channel, message, afterSent);

    public void Publish(JupyterMessage message) => iopub.Publish(message);
}
