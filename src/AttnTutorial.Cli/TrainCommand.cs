namespace AttnTutorial.Cli;

internal static class TrainCommand
{
    public static int Run(string[] args)
    {
        Console.Error.WriteLine("train: not built yet");
        return 1;
    }
}
