namespace AttnTutorial.Notebooks.Directives;

/// <summary>A directive line in a cell. <see cref="Line"/> is 1-based within the cell.</summary>
public abstract record Directive(int Line);

/// <summary><c>#r "nuget: Name, Version"</c>; <see cref="Version"/> is null when the line gives none.</summary>
public sealed record NuGetReferenceDirective(int Line, string PackageId, string? Version) : Directive(Line);

/// <summary><c>#r "path/to/Assembly.dll"</c>; the path is as written, relative to the notebook's folder.</summary>
public sealed record AssemblyReferenceDirective(int Line, string Path) : Directive(Line);

/// <summary><c>#i "nuget: source"</c>: an extra package source for restores.</summary>
public sealed record PackageSourceDirective(int Line, string Source) : Directive(Line);

/// <summary><c>#!time</c>: print the cell's wall time.</summary>
public sealed record TimeDirective(int Line) : Directive(Line);
