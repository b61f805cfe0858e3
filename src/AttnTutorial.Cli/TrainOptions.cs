using System.Globalization;
using AttnTutorial.Data;

namespace AttnTutorial.Cli;

/// <summary>The <c>train</c> command's options, parsed and checked before any work starts.</summary>
internal sealed record TrainOptions
{
    private static readonly string KindList = string.Join(",", InjectableKinds.Sine.Names);

    public static readonly string Usage =
        "usage: train [--recipe seed|tuned] [--samples N] [--epochs N] [--seed S] [--threads T]\n" +
        $"             [--kinds {KindList}] [--json PATH] [--model PATH] [--quiet]\n" +
        "  --recipe   seed: the seed recipe exactly; tuned: same model, better input and schedule (default tuned)\n" +
        "  --samples  number of series to generate (default 5000)\n" +
        "  --epochs   epoch budget (default: the recipe's, 15 seed / 6 tuned)\n" +
        "  --seed     one seed for data, weights and shuffling (default 42)\n" +
        "  --threads  torch threads (default: all cores)\n" +
        "  --kinds    anomaly kinds to inject (default flat, the seed's)\n" +
        "  --json     write a JSON summary of the run to PATH\n" +
        "  --model    where to save the trained model (default artifacts/models/<recipe>.model)\n" +
        "  --quiet    no progress bar, only the results";

    public string Recipe { get; init; } = "tuned";
    public int? Samples { get; init; }
    public int? Epochs { get; init; }
    public int? Seed { get; init; }
    public int? Threads { get; init; }
    public IReadOnlyList<AnomalyKind>? Kinds { get; init; }
    public string? JsonPath { get; init; }
    public string? ModelPath { get; init; }
    public bool Quiet { get; init; }
    public bool Help { get; init; }

    /// <summary>Parses <paramref name="args"/>; throws <see cref="UsageException"/> with one clear line.</summary>
    public static TrainOptions Parse(string[] args)
    {
        var options = new TrainOptions();
        for (int i = 0; i < args.Length; i++)
        {
            string name = args[i];
            string Value() => i + 1 < args.Length ? args[++i] : throw new UsageException($"train: {name} needs a value.");
            options = name switch
            {
                "--recipe" => options with { Recipe = OneOf(name, Value(), "seed", "tuned") },
                "--samples" => options with { Samples = Integer(name, Value(), min: 10) },
                "--epochs" => options with { Epochs = Integer(name, Value(), min: 1) },
                "--seed" => options with { Seed = Integer(name, Value(), min: 0) },
                "--threads" => options with { Threads = Integer(name, Value(), min: 1) },
                "--kinds" => options with { Kinds = ParseKinds(name, Value()) },
                "--json" => options with { JsonPath = WritablePath(name, Value()) },
                "--model" => options with { ModelPath = WritablePath(name, Value()) },
                "--quiet" => options with { Quiet = true },
                "-h" or "--help" => options with { Help = true },
                _ => throw new UsageException($"train: unknown option '{name}'. Run 'train --help' for the options."),
            };
        }
        return options;
    }

    private static string OneOf(string option, string value, params string[] allowed) =>
        allowed.Contains(value) ? value : throw new UsageException($"train: {option} must be one of {string.Join(", ", allowed)}; got '{value}'.");

    private static int Integer(string option, string value, int min)
    {
        if (!int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out int n) || n < min)
            throw new UsageException($"train: {option} must be a whole number of at least {min}; got '{value}'.");
        return n;
    }

    private static IReadOnlyList<AnomalyKind> ParseKinds(string option, string value)
    {
        try
        {
            return InjectableKinds.Sine.Parse(value, option);
        }
        catch (InvalidOptionException e)
        {
            throw new UsageException($"train: {e.Message}");
        }
    }

    // Checked up front so a long training run never ends in "cannot write the results".
    private static string WritablePath(string option, string path)
    {
        string full;
        try
        {
            full = Path.GetFullPath(path);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            throw new UsageException($"train: {option} '{path}' is not a valid path ({e.Message}).");
        }
        if (Directory.Exists(full)) throw new UsageException($"train: {option} '{path}' is a directory; give a file path.");
        string directory = Path.GetDirectoryName(full)!;
        string probe = Path.Combine(directory, $".write-test-{Guid.NewGuid():N}");
        try
        {
            Directory.CreateDirectory(directory);
            File.WriteAllBytes(probe, []);
            File.Delete(probe);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"train: {option} '{path}' is not writable ({e.Message}).");
        }
        return full;
    }
}
