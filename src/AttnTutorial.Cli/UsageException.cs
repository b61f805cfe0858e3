namespace AttnTutorial.Cli;

/// <summary>A bad command line: the message is the one line the user sees, the exit code is 2, and no work has started.</summary>
internal sealed class UsageException(string message) : Exception(message);
