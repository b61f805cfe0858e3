using AttnTutorial.Notebooks.Execution;
using AttnTutorial.Notebooks.Formatting;

namespace AttnTutorial.TestSupport;

/// <summary>Records every output a session reports, in order.</summary>
internal sealed class RecordingSink : IOutputSink
{
    public List<(string Kind, string? Id, object Payload)> Events { get; } = [];

    public string Stdout => string.Concat(Events.Where(e => e.Kind == "stdout").Select(e => (string)e.Payload));

    public string Stderr => string.Concat(Events.Where(e => e.Kind == "stderr").Select(e => (string)e.Payload));

    public IEnumerable<MimeBundle> Results => Events.Where(e => e.Kind == "result").Select(e => (MimeBundle)e.Payload);

    public IEnumerable<CellError> Errors => Events.Where(e => e.Kind == "error").Select(e => (CellError)e.Payload);

    public void WriteStream(StreamName stream, string text) => Events.Add((stream == StreamName.Stdout ? "stdout" : "stderr", null, text));

    public void Display(string displayId, MimeBundle bundle) => Events.Add(("display", displayId, bundle));

    public void UpdateDisplay(string displayId, MimeBundle bundle) => Events.Add(("update", displayId, bundle));

    public void Result(int executionCount, MimeBundle bundle) => Events.Add(("result", null, bundle));

    public void Error(CellError error) => Events.Add(("error", null, error));
}
