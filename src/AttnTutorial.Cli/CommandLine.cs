using AttnTutorial.Cli.Notebooks;

namespace AttnTutorial.Cli;

/// <summary>Routes the first argument to a command; prints usage for anything else.</summary>
internal static class CommandLine
{
    private static readonly (string Verb, string Summary, Func<string[], int> Run)[] Commands =
    [
        ("train", "generate synthetic signals, train the BiLSTM-attention detector, evaluate it", TrainCommand.Run),
        ("kernel", "install or uninstall the Jupyter kernel \"C# (AttnTutorial)\" for VS Code and JupyterLab", KernelCommand.Run),
        ("notebooks", "run the chapter notebooks headlessly, or render them as an offline HTML book", NotebooksCommand.Run),
    ];

    public static int Dispatch(string[] args)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            PrintUsage(Console.Out);
            return args.Length == 0 ? 2 : 0;
        }
        foreach (var (verb, _, run) in Commands)
        {
            if (args[0] == verb) return run(args[1..]);
        }
        Console.Error.WriteLine($"attntutorial: unknown command '{args[0]}'. Commands: {string.Join(", ", Commands.Select(c => c.Verb))}.");
        return 2;
    }

    private static void PrintUsage(TextWriter writer)
    {
        writer.WriteLine("usage: attntutorial <command> [options]   (add --help after a command for its options)");
        foreach (var (verb, summary, _) in Commands) writer.WriteLine($"  {verb,-10} {summary}");
    }
}
