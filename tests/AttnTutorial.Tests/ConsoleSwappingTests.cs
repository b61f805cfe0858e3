namespace AttnTutorial.Tests;

/// <summary>Tests that swap Console.Out or Console.Error (process-wide) run alone.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ConsoleSwappingTests
{
    public const string Name = "Console";
}
