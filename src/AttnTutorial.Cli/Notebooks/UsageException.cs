namespace AttnTutorial.Cli.Notebooks;

/// <summary>Bad command-line input: printed as one line, exit code 2, before any work.</summary>
internal sealed class UsageException(string message) : Exception(message);
