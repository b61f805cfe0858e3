using System.Diagnostics;

namespace AttnTutorial.Notebooks.Tests.Support;

/// <summary>
/// Jupyter's own nbformat (Debian's python3-nbformat, listed in .ci/apt-packages.txt) as the judge of written notebooks.
/// </summary>
internal static class PythonNbformat
{
    public const string Python = "/usr/bin/python3";

    public static bool Available { get; } = Check();

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

    private static bool Check()
    {
        if (!File.Exists(Python)) return false;
        try
        {
            return Run("import nbformat").Code == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }

    private static (int Code, string Output) Run(string script, params string[] args)
    {
        var start = new ProcessStartInfo(Python) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(script);
        foreach (string arg in args) start.ArgumentList.Add(arg);
        start.Environment["PYTHONIOENCODING"] = "utf-8";
        using var process = Process.Start(start)!;
        string stdout = process.StandardOutput.ReadToEnd();
        string stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout + stderr);
    }
}

/// <summary>
/// A fact that needs python3-nbformat. Skipped with a message when it is missing on a developer's machine; on CI
/// (CI=true) it runs anyway and fails, because .ci/apt-packages.txt installs it there.
/// </summary>
internal sealed class NbformatFactAttribute : FactAttribute
{
    public NbformatFactAttribute()
    {
        if (!PythonNbformat.Available && Environment.GetEnvironmentVariable("CI") != "true")
            Skip = "python3-nbformat is not installed (apt-get install python3-nbformat); CI installs it from .ci/apt-packages.txt";
    }
}
