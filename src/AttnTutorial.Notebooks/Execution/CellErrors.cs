using System.Globalization;
using Microsoft.CodeAnalysis;

namespace AttnTutorial.Notebooks.Execution;

/// <summary>The <see cref="CellError"/> for each way a cell fails, with the words a reader sees.</summary>
internal static class CellErrors
{
    public static CellError Directive(string cell, string message, int? line) =>
        new(CellErrorKind.Directive, cell, "DirectiveError", message, line, null, [message]);

    /// <summary>The first compiler error as the message, every error as "cell(line,column): error CS....: ..." lines.</summary>
    public static CellError Compilation(string cell, IReadOnlyList<Diagnostic> errors)
    {
        var first = errors[0];
        var position = first.Location.GetLineSpan().StartLinePosition;
        string Format(Diagnostic d)
        {
            var p = d.Location.GetLineSpan().StartLinePosition;
            return $"{cell}({p.Line + 1},{p.Character + 1}): error {d.Id}: {d.GetMessage(CultureInfo.InvariantCulture)}";
        }
        string message = $"error {first.Id}: {first.GetMessage(CultureInfo.InvariantCulture)}";
        return new CellError(CellErrorKind.Compilation, cell, "CompilationError", message, position.Line + 1, position.Character + 1,
            errors.Select(Format).ToList());
    }

    /// <summary>The exception's type and message, the line of the notebook's innermost frame, and only the notebook's frames.</summary>
    public static CellError Exception(string cell, Exception exception)
    {
        var frames = StackTraceTrimmer.NotebookFrames(exception);
        string type = exception.GetType().FullName ?? exception.GetType().Name;
        int? line = null;
        foreach (string frame in frames)
        {
            int at = frame.LastIndexOf(":line ", StringComparison.Ordinal);
            if (at > 0 && int.TryParse(frame[(at + 6)..], NumberStyles.Integer, CultureInfo.InvariantCulture, out int l))
            {
                line = l;
                break;
            }
        }
        var traceback = new List<string> { $"{type}: {exception.Message}" };
        traceback.AddRange(frames);
        return new CellError(CellErrorKind.Exception, cell, type, exception.Message, line, null, traceback);
    }

    /// <summary>An interrupt when <paramref name="interrupted"/>, else the cell timeout of <paramref name="timeout"/>.</summary>
    /// <param name="stillRunning">The interrupted cell's code did not stop (it never checks the token): say so.</param>
    public static CellError Stopped(string cell, bool interrupted, TimeSpan timeout, bool stillRunning = false)
    {
        if (interrupted)
        {
            string message = stillRunning
                ? $"{cell} was interrupted, but its code did not stop: it never checks CellCancellationToken, so it goes on running in the background, its output no longer shown; restart the kernel to stop it"
                : $"{cell} was interrupted";
            return new CellError(CellErrorKind.Cancelled, cell, "Interrupted", message, null, null, [message]);
        }
        string text = $"{cell} did not finish within the cell timeout of {Duration(timeout)}; the run was stopped (raise the timeout to allow longer cells)";
        return new CellError(CellErrorKind.Timeout, cell, "TimeoutError", text, null, null, [text]);
    }

    private static string Duration(TimeSpan duration) =>
        duration.TotalSeconds >= 1
            ? string.Create(CultureInfo.InvariantCulture, $"{duration.TotalSeconds:0.###} s")
            : string.Create(CultureInfo.InvariantCulture, $"{duration.TotalMilliseconds:0} ms");
}
