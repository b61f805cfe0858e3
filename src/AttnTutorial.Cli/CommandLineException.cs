namespace AttnTutorial.Cli;

/// <summary>A bad command line: the message is the one line the user sees; the exit code is 2.</summary>
internal sealed class CommandLineException(string message) : Exception(message);
