using AttnTutorial.Notebooks.Execution;
using AttnTutorial.Notebooks.Formatting;

namespace AttnTutorial.Notebooks.Worker;

/// <summary>In the worker: sends each output of a cell to the parent as it happens.</summary>
internal sealed class ChannelSink(WorkerChannel channel) : IOutputSink
{
    public void WriteStream(StreamName stream, string text) => channel.Send(WorkerMessages.Stream(stream, text));

    public void Display(string displayId, MimeBundle bundle) => channel.Send(WorkerMessages.Display(displayId, bundle));

    public void UpdateDisplay(string displayId, MimeBundle bundle) => channel.Send(WorkerMessages.Update(displayId, bundle));

    public void Result(int executionCount, MimeBundle bundle) => channel.Send(WorkerMessages.Result(executionCount, bundle));

    public void Error(CellError error) => channel.Send(WorkerMessages.Error(error));
}
