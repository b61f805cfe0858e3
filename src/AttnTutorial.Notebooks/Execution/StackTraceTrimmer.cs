using System.Text.RegularExpressions;

namespace AttnTutorial.Notebooks.Execution;

/// <summary>
/// Keeps the frames of an exception's stack trace that belong to the notebook's own code (Roslyn's <c>Submission#N</c>
/// classes) and drops the engine's, the runtime's and libraries' frames, which only hide where the cell went wrong.
/// </summary>
internal static partial class StackTraceTrimmer
{
    [GeneratedRegex(@"Submission#\d+\.")]
    private static partial Regex SubmissionPrefix();

    [GeneratedRegex(@"<<Initialize>>d__\d+\.MoveNext\(\)|<Initialize>\(\)")]
    private static partial Regex TopLevel();

    [GeneratedRegex(@"<<Initialize>>g__(?<name>\w+)\|\d+_\d+")]
    private static partial Regex LocalFunction();

    public static IReadOnlyList<string> NotebookFrames(Exception exception)
    {
        string trace = exception.StackTrace ?? "";
        var frames = new List<string>();
        foreach (string raw in trace.Split('\n'))
        {
            string line = raw.TrimEnd('\r');
            if (!line.Contains("Submission#", StringComparison.Ordinal)) continue;
            line = SubmissionPrefix().Replace(line, "");
            line = TopLevel().Replace(line, "<cell code>");
            line = LocalFunction().Replace(line, "${name}");
            frames.Add(line);
        }
        return frames;
    }
}
