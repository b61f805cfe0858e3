namespace AttnTutorial.TestSupport;

/// <summary>Jupyter's own nbformat (Debian's python3-nbformat) as the judge of written notebooks.</summary>
internal static class PythonNbformat
{
    public static bool Available { get; } = SystemPython.Has("nbformat");

    /// <summary>Runs nbformat's validator on the file; returns its complaint, or null when the notebook is valid.</summary>
    public static string? Validate(string path)
    {
        var (code, output) = Run("import sys, nbformat; nb = nbformat.read(sys.argv[1], as_version=4); nbformat.validate(nb); print('valid')", path);
        return code == 0 && output.Contains("valid", StringComparison.Ordinal) ? null : output;
    }

    /// <summary>Reads and writes the file with nbformat, as Jupyter saves it; returns the text.</summary>
    public static string Rewrite(string path)
    {
        var (code, output) = Run("import sys, nbformat; nb = nbformat.read(sys.argv[1], as_version=4); sys.stdout.write(nbformat.writes(nb) + '\\n')", path);
        if (code != 0) throw new InvalidOperationException(output);
        return output;
    }

    private static (int Code, string Output) Run(string script, string path) =>
        SystemPython.Run(["-c", script, path], TimeSpan.FromMinutes(2));
}

/// <summary>
/// A fact that needs python3-nbformat. Skipped with a message when it is missing on a developer's machine; on CI
/// it runs anyway and fails, because .ci/apt-packages.txt installs it there.
/// </summary>
internal sealed class NbformatFactAttribute : FactAttribute
{
    public NbformatFactAttribute()
    {
        if (!PythonNbformat.Available && !Ci.Running)
            Skip = "python3-nbformat is not installed (apt-get install python3-nbformat); CI installs it from .ci/apt-packages.txt";
    }
}
