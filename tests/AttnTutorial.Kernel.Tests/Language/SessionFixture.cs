using AttnTutorial.Notebooks.Execution;
using AttnTutorial.Notebooks.Formatting;

namespace AttnTutorial.Kernel.Tests.Language;

/// <summary>One notebook session with a few cells run, shared by the completion and inspection tests (compiling is slow).</summary>
public sealed class SessionFixture
{
    public SessionFixture()
    {
        Session = new NotebookSession();
        const string cell = """
            /// <summary>Scales a value by two.</summary>
            static double Twice(double value) => 2 * value;
            var answer = 42;
            var numbers = new List<int> { 1, 2, 3 };
            """;
        var result = Session.ExecuteAsync(cell, new NullSink()).GetAwaiter().GetResult();
        if (!result.Succeeded) throw new InvalidOperationException(result.Error!.Describe());
    }

    internal NotebookSession Session { get; }

    private sealed class NullSink : IOutputSink
    {
        public void WriteStream(StreamName stream, string text) { }

        public void Display(string displayId, MimeBundle bundle) { }

        public void UpdateDisplay(string displayId, MimeBundle bundle) { }

        public void Result(int executionCount, MimeBundle bundle) { }

        public void Error(CellError error) { }
    }
}

[CollectionDefinition(Name)]
public sealed class SessionGroup : ICollectionFixture<SessionFixture>
{
    public const string Name = "notebook session";
}
