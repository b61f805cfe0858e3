using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Scripting;

namespace AttnTutorial.Notebooks.Directives;

/// <summary>
/// Applies a session's directives: <c>#i</c> adds a package source, <c>#r "nuget: ..."</c> references the host's copy
/// of a package it carries or restores one it does not, <c>#r "path.dll"</c> references an assembly. Keeps the
/// references they added: all of them (a first cell compiles with every one) and those added since the last cell that
/// compiled (a later cell inherits the rest from the cells before it).
/// </summary>
internal sealed class DirectiveApplier
{
    private readonly string _workingDirectory;
    private readonly NuGetRestorer _restorer;
    private readonly List<string> _packageSources = [];
    private readonly HashSet<string> _referenced = new(StringComparer.Ordinal);
    private readonly List<MetadataReference> _all = [];
    private readonly List<MetadataReference> _pending = [];

    // A kernel may ask for completions (which read the lists) while a cell's directives add to them.
    private readonly Lock _lock = new();

    /// <param name="workingDirectory">Relative <c>#r</c> paths are taken from here: the notebook's folder.</param>
    /// <param name="nuGetCacheDirectory">Where restores are cached; null for the restorer's default.</param>
    public DirectiveApplier(string workingDirectory, string? nuGetCacheDirectory)
    {
        _workingDirectory = workingDirectory;
        _restorer = new NuGetRestorer(nuGetCacheDirectory);
    }

    /// <summary>Every reference added so far.</summary>
    public MetadataReference[] All
    {
        get
        {
            lock (_lock) return _all.ToArray();
        }
    }

    /// <summary>The references added since <see cref="Committed"/> was last called.</summary>
    public MetadataReference[] Pending
    {
        get
        {
            lock (_lock) return _pending.ToArray();
        }
    }

    /// <summary>A cell compiled with the pending references; cells after it inherit them.</summary>
    public void Committed()
    {
        lock (_lock) _pending.Clear();
    }

    /// <summary>Applies the directives of one cell, in order; restores run after the cell's other directives.</summary>
    /// <param name="cellName">Names the cell in warnings, e.g. "cell 4".</param>
    /// <param name="warn">Receives one line per problem that does not stop the cell, e.g. a package version the host does not carry.</param>
    /// <exception cref="DirectiveException">A directive cannot be honoured; the message names the line's problem.</exception>
    /// <exception cref="OperationCanceledException">The cell was stopped during a restore.</exception>
    public async Task ApplyAsync(ParsedCell parsed, string cellName, Action<string> warn, CancellationToken cancellationToken)
    {
        var toRestore = new List<NuGetReferenceDirective>();
        foreach (var directive in parsed.Directives)
        {
            switch (directive)
            {
                case PackageSourceDirective source:
                    if (!_packageSources.Contains(source.Source)) _packageSources.Add(source.Source);
                    break;
                case NuGetReferenceDirective package when HostPackages.VersionOf(package.PackageId) is { } hostVersion:
                    if (package.Version is not null && !string.Equals(package.Version, hostVersion, StringComparison.OrdinalIgnoreCase))
                    {
                        warn($"{cellName}, line {package.Line}: #r \"nuget: {package.PackageId}, {package.Version}\" asks for version " +
                             $"{package.Version}; the host carries {package.PackageId} {hostVersion}, which is used instead");
                    }
                    foreach (var assembly in HostPackages.Load(package.PackageId)) Add(assembly);
                    break;
                case NuGetReferenceDirective package:
                    toRestore.Add(package);
                    break;
                case AssemblyReferenceDirective reference:
                    string path = Path.GetFullPath(Path.Combine(_workingDirectory, reference.Path));
                    if (!AddHostOrFile(path))
                    {
                        throw new DirectiveException(reference.Line,
                            $"#r \"{reference.Path}\": the file {path} does not exist, and the host has no assembly named " +
                            $"'{Path.GetFileNameWithoutExtension(path)}' to use instead (build it first?)");
                    }
                    break;
            }
        }
        if (toRestore.Count == 0) return;
        var restored = await _restorer.RestoreAsync(toRestore, _packageSources, cancellationToken).ConfigureAwait(false);
        foreach (string path in restored) AddHostOrFile(path);
    }

    /// <summary>
    /// The one place the host is preferred: references the host's assembly named like the file when it has one (see
    /// <see cref="AssemblyReferenceResolver"/>), otherwise the file.
    /// </summary>
    /// <returns>False when the host has no such assembly and the file does not exist.</returns>
    private bool AddHostOrFile(string path)
    {
        if (AssemblyReferenceResolver.FindHostAssembly(Path.GetFileNameWithoutExtension(path)) is { } host)
        {
            Add(host);
            return true;
        }
        if (!File.Exists(path)) return false;
        if (_referenced.Add(path)) Add(MetadataReference.CreateFromFile(path));
        return true;
    }

    // Host assemblies are referenced as loaded assemblies, so that the script loader binds to the host's copy.
    private void Add(Assembly assembly)
    {
        if (_referenced.Add(assembly.Location)) Add(ScriptOptions.Default.AddReferences(assembly).MetadataReferences[^1]);
    }

    private void Add(MetadataReference reference)
    {
        lock (_lock)
        {
            _all.Add(reference);
            _pending.Add(reference);
        }
    }
}
