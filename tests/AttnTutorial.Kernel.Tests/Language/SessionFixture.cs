using AttnTutorial.Notebooks.Execution;

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
        var result = Session.ExecuteAsync(cell, new RecordingSink()).GetAwaiter().GetResult();
        if (!result.Succeeded) throw new InvalidOperationException(result.Error!.Describe());
    }

    internal NotebookSession Session { get; }
}

[CollectionDefinition(Name)]
public sealed class SessionGroup : ICollectionFixture<SessionFixture>
{
    public const string Name = "notebook session";
}
