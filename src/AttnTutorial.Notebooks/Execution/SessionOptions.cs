namespace AttnTutorial.Notebooks.Execution;

/// <summary>Settings of a <see cref="NotebookSession"/>. Validate with <see cref="Validate"/> (the session does).</summary>
public sealed record SessionOptions
{
    /// <summary>The usings every cell starts with, as in the .NET Interactive C# kernel.</summary>
    public static IReadOnlyList<string> DefaultImports { get; } =
        ["System", "System.Collections", "System.Collections.Generic", "System.IO", "System.Linq", "System.Text", "System.Threading", "System.Threading.Tasks"];

    /// <summary>The folder relative <c>#r "path.dll"</c> lines are resolved from: the notebook's folder. Default: the current directory.</summary>
    public string WorkingDirectory { get; init; } = Environment.CurrentDirectory;

    /// <summary>
    /// How long one cell may run before it is stopped with an error. Default: <see cref="DefaultCellTimeout"/>. Must be positive.
    /// </summary>
    public TimeSpan CellTimeout { get; init; } = DefaultCellTimeout;

    /// <summary>
    /// One hour: a guard against a hung cell, not a speed target. Chapter 05's seed-recipe cell trains for 12 minutes on an
    /// idle 2-core machine (2026-12-02) and several times that on a busy one, so the earlier 10 minutes stopped the course.
    /// </summary>
    public static readonly TimeSpan DefaultCellTimeout = TimeSpan.FromHours(1);

    /// <summary>Namespaces imported into every cell. Default: <see cref="DefaultImports"/>.</summary>
    public IReadOnlyList<string> Imports { get; init; } = DefaultImports;

    /// <summary>Where restores of packages the host does not carry are cached. Default: <c>$TMPDIR/attntutorial-nuget</c>.</summary>
    public string? NuGetCacheDirectory { get; init; }

    /// <exception cref="ArgumentException">An option is out of range; the message names it.</exception>
    public void Validate()
    {
        if (CellTimeout <= TimeSpan.Zero)
            throw new ArgumentException($"CellTimeout must be positive, got {CellTimeout}", nameof(CellTimeout));
        if (string.IsNullOrWhiteSpace(WorkingDirectory))
            throw new ArgumentException("WorkingDirectory must name a folder", nameof(WorkingDirectory));
    }
}
