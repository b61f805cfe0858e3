using System.Globalization;
using AttnTutorial.Notebooks.Execution;
using Microsoft.CodeAnalysis.CSharp;

namespace AttnTutorial.Cli.Notebooks;

/// <summary>The options of <c>notebooks run</c> and <c>notebooks render</c>, parsed and checked before any work.</summary>
internal sealed record NotebooksOptions
{
    public required IReadOnlyList<string> Paths { get; init; }

    /// <summary>-p name=value, in the order given; a repeated name keeps its last value.</summary>
    public required IReadOnlyDictionary<string, string> Parameters { get; init; }

    public required string OutputDirectory { get; init; }

    public TimeSpan CellTimeout { get; init; } = SessionOptions.DefaultCellTimeout;

    public bool AllowErrors { get; init; }

    /// <summary>Run the notebooks in this process rather than one child process each. Default: false (contained).</summary>
    public bool InProcess { get; init; }

    /// <summary>render only: add each folder's solutions/*.ipynb as an appendix (the instructors' book).</summary>
    public bool WithSolutions { get; init; }

    /// <summary>render only: also print the book to book.pdf with headless Chromium (the workshop handout).</summary>
    public bool Pdf { get; init; }

    public bool Help { get; init; }

    /// <exception cref="UsageException">An option is unknown, lacks its value, or has a bad one.</exception>
    public static NotebooksOptions Parse(string[] args, string defaultOutput)
    {
        var paths = new List<string>();
        var parameters = new Dictionary<string, string>(StringComparer.Ordinal);
        string output = defaultOutput;
        var timeout = SessionOptions.DefaultCellTimeout;
        bool allowErrors = false;
        bool inProcess = false;
        bool withSolutions = false;
        bool pdf = false;
        for (int i = 0; i < args.Length; i++)
        {
            string arg = args[i];
            string Value()
            {
                if (i + 1 >= args.Length || (args[i + 1].StartsWith('-') && args[i + 1].Length > 1))
                    throw new UsageException($"{arg} needs a value");
                return args[++i];
            }
            switch (arg)
            {
                case "-h" or "--help":
                    return new NotebooksOptions { Paths = [], Parameters = parameters, OutputDirectory = output, Help = true };
                case "-p" or "--parameter":
                    string pair = Value();
                    int eq = pair.IndexOf('=', StringComparison.Ordinal);
                    if (eq <= 0) throw new UsageException($"-p expects name=value, got '{pair}'");
                    string name = pair[..eq].Trim();
                    if (!SyntaxFacts.IsValidIdentifier(name)) throw new UsageException($"-p {pair}: '{name}' is not a valid C# variable name");
                    parameters[name] = pair[(eq + 1)..];
                    break;
                case "--out" or "-o":
                    output = Value();
                    break;
                case "--timeout":
                    string seconds = Value();
                    if (!double.TryParse(seconds, NumberStyles.Float, CultureInfo.InvariantCulture, out double s) || !double.IsFinite(s) || s <= 0 || s > TimeSpan.MaxValue.TotalSeconds / 2)
                        throw new UsageException($"--timeout expects a positive number of seconds, got '{seconds}'");
                    timeout = TimeSpan.FromSeconds(s);
                    break;
                case "--allow-errors":
                    allowErrors = true;
                    break;
                case "--in-process":
                    inProcess = true;
                    break;
                case "--with-solutions":
                    withSolutions = true;
                    break;
                case "--pdf":
                    pdf = true;
                    break;
                default:
                    if (arg.StartsWith('-') && arg.Length > 1) throw new UsageException($"unknown option '{arg}'");
                    paths.Add(arg);
                    break;
            }
        }
        if (paths.Count == 0) throw new UsageException("no notebook or folder given");
        return new NotebooksOptions { Paths = paths, Parameters = parameters, OutputDirectory = output, CellTimeout = timeout, AllowErrors = allowErrors, InProcess = inProcess, WithSolutions = withSolutions, Pdf = pdf };
    }

    /// <summary>
    /// The worked solutions for the folders among the paths: FOLDER/solutions/*.ipynb in name order. A folder's
    /// own expansion never includes them, so the learner's book has no solutions unless asked.
    /// </summary>
    /// <exception cref="UsageException">No folder among the paths has a solutions folder with notebooks.</exception>
    public IReadOnlyList<string> ExpandSolutions()
    {
        var files = Paths.Where(Directory.Exists)
            .Select(folder => Path.Combine(folder, "solutions"))
            .Where(Directory.Exists)
            .SelectMany(solutions => Directory.GetFiles(solutions, "*.ipynb").Order(StringComparer.Ordinal))
            .ToList();
        if (files.Count == 0)
            throw new UsageException("--with-solutions found no worked solutions: expected FOLDER/solutions/*.ipynb under a folder given as PATH");
        return files;
    }

    /// <summary>The notebook files the paths name: a folder means its *.ipynb files in name order.</summary>
    /// <exception cref="UsageException">A path does not exist, is not a notebook, or two notebooks share a file name.</exception>
    public IReadOnlyList<string> ExpandNotebooks()
    {
        var files = new List<string>();
        foreach (string path in Paths)
        {
            if (Directory.Exists(path))
            {
                var inFolder = Directory.GetFiles(path, "*.ipynb").Order(StringComparer.Ordinal).ToList();
                if (inFolder.Count == 0) throw new UsageException($"the folder {path} holds no .ipynb notebooks");
                files.AddRange(inFolder);
            }
            else if (File.Exists(path))
            {
                string extension = Path.GetExtension(path);
                if (!extension.Equals(".ipynb", StringComparison.OrdinalIgnoreCase) && !extension.Equals(".dib", StringComparison.OrdinalIgnoreCase))
                    throw new UsageException($"{path} is not a notebook (.ipynb or .dib)");
                files.Add(path);
            }
            else
            {
                throw new UsageException($"no such file or folder: {path}");
            }
        }
        var clash = files.GroupBy(f => Path.GetFileNameWithoutExtension(f), StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (clash is not null)
            throw new UsageException($"two notebooks would write the same output: {string.Join(" and ", clash)}");
        return files;
    }
}
