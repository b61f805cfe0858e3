using System.Text.Json.Nodes;
using AttnTutorial.Kernel.Handlers;
using AttnTutorial.Notebooks.Execution;
using AttnTutorial.Notebooks.Formatting;

namespace AttnTutorial.Kernel.Execution;

/// <summary>
/// Turns a cell's outputs into IOPub messages with the execute request as parent; a silent request shows none. The
/// session's first chart is preceded by plotly.js (<see cref="PlotlyDelivery"/>).
/// </summary>
internal sealed class KernelOutputSink(RequestContext context, bool silent, PlotlyDelivery? plotly = null) : IOutputSink
{
    private readonly PlotlyDelivery _plotly = plotly ?? PlotlyDelivery.ForThisKernel;

    public void WriteStream(StreamName stream, string text) => Publish("stream", new JsonObject
    {
        ["name"] = stream == StreamName.Stderr ? "stderr" : "stdout",
        ["text"] = text,
    });

    public void Display(string displayId, MimeBundle bundle)
    {
        DeliverPlotlyBefore(bundle);
        Publish("display_data", DisplayContent(displayId, bundle));
    }

    public void UpdateDisplay(string displayId, MimeBundle bundle)
    {
        DeliverPlotlyBefore(bundle);
        Publish("update_display_data", DisplayContent(displayId, bundle));
    }

    public void Result(int executionCount, MimeBundle bundle)
    {
        DeliverPlotlyBefore(bundle);
        Publish("execute_result", new JsonObject
        {
            ["execution_count"] = executionCount,
            ["data"] = bundle.ToJson(),
            ["metadata"] = new JsonObject(),
        });
    }

    public void Error(CellError error) => Publish("error", ErrorContent(error));

    /// <summary>The ename/evalue/traceback fields an error output and an error reply share.</summary>
    public static JsonObject ErrorContent(CellError error) => new()
    {
        ["ename"] = error.Name,
        ["evalue"] = error.Message,
        ["traceback"] = new JsonArray(error.Traceback.Select(line => (JsonNode?)JsonValue.Create(line)).ToArray()),
    };

    private static JsonObject DisplayContent(string displayId, MimeBundle bundle) => new()
    {
        ["data"] = bundle.ToJson(),
        ["metadata"] = new JsonObject(),
        ["transient"] = new JsonObject { ["display_id"] = displayId },
    };

    // A silent request shows nothing, so it must not use up the one delivery.
    private void DeliverPlotlyBefore(MimeBundle bundle)
    {
        if (silent) return;
        if (_plotly.TakeLoaderFor(bundle) is { } loader)
            Publish("display_data", new JsonObject { ["data"] = loader.ToJson(), ["metadata"] = new JsonObject(), ["transient"] = new JsonObject() });
    }

    private void Publish(string msgType, JsonObject content)
    {
        if (!silent) context.Publish(msgType, content);
    }
}
