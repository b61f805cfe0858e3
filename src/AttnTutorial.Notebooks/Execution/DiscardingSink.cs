using AttnTutorial.Notebooks.Formatting;

namespace AttnTutorial.Notebooks.Execution;

/// <summary>Drops every output: for cells whose outputs nobody sees (a warm-up cell, a benchmark).</summary>
public sealed class DiscardingSink : IOutputSink
{
    public void WriteStream(StreamName stream, string text) { }

    public void Display(string displayId, MimeBundle bundle) { }

    public void UpdateDisplay(string displayId, MimeBundle bundle) { }

    public void Result(int executionCount, MimeBundle bundle) { }

    public void Error(CellError error) { }
}
