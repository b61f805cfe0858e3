namespace AttnTutorial.TestSupport;

/// <summary>
/// Tests that swap Console.Out or Console.Error, or run notebook cells in this process (which capture them), run
/// alone: the console is process-wide.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ConsoleSwappingTests
{
    public const string Name = "Console";
}
