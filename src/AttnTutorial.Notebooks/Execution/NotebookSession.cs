using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Text;
using AttnTutorial.Notebooks.Directives;
using AttnTutorial.Notebooks.Formatting;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Scripting;

namespace AttnTutorial.Notebooks.Execution;

/// <summary>
/// One C# notebook session, as the .NET Interactive C# kernel ran one: cells execute one at a time on Roslyn scripting
/// (the first with <c>CSharpScript</c>, later ones continuing the previous state), so variables, types and usings carry
/// forward. Outputs reach the caller's <see cref="IOutputSink"/> as they happen.
/// </summary>
/// <remarks>
/// Cells capture <c>Console.Out</c> and <c>Console.Error</c>, which are process-wide, so cells of all sessions in a
/// process run one at a time. A cell that exceeds its timeout or is cancelled is reported at once, but .NET cannot stop
/// running code: the cell's thread goes on in the background until it returns (cells can watch
/// <c>CellCancellationToken</c> to stop early); the session continues from the state before that cell.
/// </remarks>
public sealed class NotebookSession
{
    private static readonly SemaphoreSlim ProcessGate = new(1, 1);

    private readonly NotebookGlobals _globals;
    private readonly NuGetRestorer _restorer;
    private readonly Lock _sinkLock = new();
    private readonly HashSet<string> _referenced = new(StringComparer.Ordinal);
    private readonly List<string> _packageSources = [];
    private readonly ScriptOptions _firstCellOptions;
    private readonly ScriptOptions _continuationOptions;
    private readonly List<MetadataReference> _references = [];
    private readonly List<MetadataReference> _pendingReferences = [];
    private readonly Lock _referencesLock = new();
    private ScriptState<object>? _state;
    private IOutputSink? _currentSink;
    private IOutputSink? _lastSink;
    private SinkTextWriter? _currentStdout;
    private SinkTextWriter? _currentStderr;
    private int _executionCount;
    private TimeSpan _cellTimeout;

    /// <exception cref="ArgumentException">An option is out of range.</exception>
    public NotebookSession(SessionOptions? options = null)
    {
        Options = options ?? new SessionOptions();
        Options.Validate();
        _cellTimeout = Options.CellTimeout;
        _globals = new NotebookGlobals(this);
        _restorer = new NuGetRestorer(Options.NuGetCacheDirectory);
        _firstCellOptions = ScriptOptions.Default
            .WithReferences(FrameworkReferences.Get())
            .AddReferences(typeof(NotebookSession).Assembly)
            .WithImports(Options.Imports)
            .WithMetadataResolver(ScriptMetadataResolver.Default.WithBaseDirectory(Options.WorkingDirectory))
            .WithFileEncoding(Encoding.UTF8)
            .WithEmitDebugInformation(true);
        // A submission inherits the references and usings of the ones before it. Giving every submission the whole
        // list again costs a full reference binding per cell (about 1 MB and 15 ms each), so later cells get only
        // the references added since the last submission that compiled.
        _continuationOptions = _firstCellOptions.WithReferences(Array.Empty<MetadataReference>()).WithImports(Array.Empty<string>());
    }

    public SessionOptions Options { get; }

    /// <summary>How long each cell may run; starts as <see cref="SessionOptions.CellTimeout"/> and may be changed between cells.</summary>
    public TimeSpan CellTimeout
    {
        get => _cellTimeout;
        set => _cellTimeout = value > TimeSpan.Zero ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "CellTimeout must be positive");
    }

    /// <summary>How many cells this session has been asked to execute; the count of the latest one.</summary>
    public int ExecutionCount => Volatile.Read(ref _executionCount);

    /// <summary>The state after the latest cell that compiled (null before the first); its <c>Script</c> chain holds every cell so far.</summary>
    public ScriptState<object>? State => _state;

    /// <summary>
    /// The options the next cell compiles with. For the first cell they hold every reference and import; later cells
    /// inherit those from the cells before them, so their options hold only references added since.
    /// </summary>
    public ScriptOptions ScriptOptions => NextCellOptions();

    /// <summary>Every reference added by <c>#r</c> so far (framework and engine references not included).</summary>
    public IReadOnlyList<MetadataReference> References
    {
        get
        {
            lock (_referencesLock) return _references.ToArray();
        }
    }

    // A kernel may ask for completions (GetCompilation) while a cell runs, so reference lists change under a lock.
    private ScriptOptions NextCellOptions() => NextCell().Options;

    private (ScriptState<object>? Previous, ScriptOptions Options) NextCell()
    {
        lock (_referencesLock)
        {
            return _state is null
                ? (null, _firstCellOptions.AddReferences(_references.ToArray()))
                : (_state, _continuationOptions.AddReferences(_pendingReferences.ToArray()));
        }
    }

    /// <summary>The variables defined so far, latest definition last.</summary>
    public IReadOnlyList<ScriptVariable> Variables => _state?.Variables ?? [];

    /// <summary>The globals object cells see (<c>display</c>, <c>HTML</c>, <c>CellCancellationToken</c>).</summary>
    public NotebookGlobals Globals => _globals;

    // Flows into the cell's code (and threads it starts), so a cell abandoned after a timeout still sees its own,
    // cancelled, token while later cells run with theirs.
    private static readonly AsyncLocal<CancellationToken> CellToken = new();

    internal static CancellationToken CurrentCellToken => CellToken.Value;

    /// <summary>
    /// The compilation <paramref name="codeInProgress"/> would have as the next cell, for completion and inspection
    /// (e.g. <c>GetSemanticModel</c>, <c>LookupSymbols</c>). Directive lines are blanked; nothing runs.
    /// </summary>
    public Compilation GetCompilation(string codeInProgress)
    {
        string code;
        try
        {
            code = DirectiveParser.Parse(codeInProgress).Code;
        }
        catch (DirectiveException)
        {
            code = codeInProgress;
        }
        var (previous, options) = NextCell();
        var script = previous is null
            ? CSharpScript.Create(code, options, typeof(NotebookGlobals))
            : previous.Script.ContinueWith(code, options);
        return script.GetCompilation();
    }

    /// <summary>The semantic model of <paramref name="codeInProgress"/> as the next cell; positions are offsets in that code.</summary>
    public SemanticModel GetSemanticModel(string codeInProgress)
    {
        var compilation = GetCompilation(codeInProgress);
        return compilation.GetSemanticModel(compilation.SyntaxTrees.Single());
    }

    /// <summary>Executes one cell; see <see cref="ExecuteAsync(string, string?, IOutputSink, CancellationToken)"/>.</summary>
    public Task<CellResult> ExecuteAsync(string code, IOutputSink sink, CancellationToken cancellationToken = default) =>
        ExecuteAsync(code, cellName: null, sink, cancellationToken);

    /// <summary>
    /// Executes one cell: applies its directives, compiles it after the cells before it, runs it, and reports stream
    /// text, displays, the trailing expression's value and any error to <paramref name="sink"/> as they happen.
    /// Never throws for a problem in the cell: that is an <c>Error</c> on the sink and in the result.
    /// </summary>
    /// <param name="code">The cell's source, directives included.</param>
    /// <param name="cellName">Names the cell in errors and stack traces, e.g. "cell 4"; default "cell N" with N the execution count.</param>
    /// <param name="sink">Receives the outputs.</param>
    /// <param name="cancellationToken">An interrupt: the cell is reported as cancelled.</param>
    public async Task<CellResult> ExecuteAsync(string code, string? cellName, IOutputSink sink, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(code);
        ArgumentNullException.ThrowIfNull(sink);
        try
        {
            await ProcessGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Interrupted while another cell held the process: this one never started.
            int skipped = Interlocked.Increment(ref _executionCount);
            var error = StoppedError(cellName ?? $"cell {skipped}", cancellationToken);
            lock (_sinkLock) sink.Error(error);
            return new CellResult(skipped, CellStatus.Cancelled, TimeSpan.Zero, error, []);
        }
        try
        {
            int count = Interlocked.Increment(ref _executionCount);
            string name = cellName ?? $"cell {count}";
            var stopwatch = Stopwatch.StartNew();
            // Disposed only when the cell finished: a cell that outlives its timeout keeps reading this source's token.
            var cellCancellation = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            bool finished = false;
            cellCancellation.CancelAfter(CellTimeout);

            var stdout = new SinkTextWriter(text => Emit(s => s.WriteStream(StreamName.Stdout, text)));
            var stderr = new SinkTextWriter(text => Emit(s => s.WriteStream(StreamName.Stderr, text)));
            var originalOut = Console.Out;
            var originalError = Console.Error;
            lock (_sinkLock)
            {
                _currentSink = sink;
                _lastSink = sink;
                _currentStdout = stdout;
                _currentStderr = stderr;
            }
            Console.SetOut(stdout);
            Console.SetError(stderr);
            try
            {
                var warnings = new List<string>();
                var outcome = await RunCellAsync(code, name, warnings, cellCancellation.Token, cancellationToken).ConfigureAwait(false);
                stopwatch.Stop();
                stdout.Flush();
                stderr.Flush();
                if (outcome.Timed)
                    Emit(s => s.WriteStream(StreamName.Stdout, string.Create(CultureInfo.InvariantCulture, $"Wall time: {stopwatch.Elapsed.TotalMilliseconds:F1} ms\n")));
                if (outcome.Value is not null) Emit(s => s.Result(count, outcome.Value));
                if (outcome.Error is not null) Emit(s => s.Error(outcome.Error));
                finished = outcome.Status is CellStatus.Ok or CellStatus.Error;
                return new CellResult(count, outcome.Status, stopwatch.Elapsed, outcome.Error, warnings);
            }
            finally
            {
                stdout.Flush();
                stderr.Flush();
                Console.SetOut(originalOut);
                Console.SetError(originalError);
                lock (_sinkLock)
                {
                    _currentSink = null;
                    _currentStdout = null;
                    _currentStderr = null;
                }
                if (finished) cellCancellation.Dispose();
            }
        }
        finally
        {
            ProcessGate.Release();
        }
    }

    private sealed record Outcome(CellStatus Status, MimeBundle? Value, CellError? Error, bool Timed)
    {
        public static Outcome Failed(CellStatus status, CellError error, bool timed = false) => new(status, null, error, timed);
    }

    private async Task<Outcome> RunCellAsync(string code, string name, List<string> warnings, CancellationToken cellToken, CancellationToken interrupt)
    {
        ParsedCell parsed;
        try
        {
            parsed = DirectiveParser.Parse(code);
            await ApplyDirectivesAsync(parsed, name, warnings, cellToken).ConfigureAwait(false);
        }
        catch (DirectiveException e)
        {
            return Outcome.Failed(CellStatus.Error, new CellError(CellErrorKind.Directive, name, "DirectiveError", e.Message, e.Line, null, [e.Message]));
        }
        catch (OperationCanceledException) when (cellToken.IsCancellationRequested)
        {
            return Outcome.Failed(Stopped(interrupt), StoppedError(name, interrupt));
        }
        if (string.IsNullOrWhiteSpace(parsed.Code)) return new Outcome(CellStatus.Ok, null, null, parsed.Timed);

        var (previous, nextOptions) = NextCell();
        var options = nextOptions.WithFilePath(name);
        var script = previous is null
            ? CSharpScript.Create(parsed.Code, options, typeof(NotebookGlobals))
            : previous.Script.ContinueWith(parsed.Code, options);

        var work = Task.Run(async () =>
        {
            CellToken.Value = cellToken;
            var errors = script.Compile(cellToken).Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            if (errors.Count > 0) return (State: (ScriptState<object>?)null, Errors: errors, HasValue: false);
            bool hasValue = HasTrailingValue(script.GetCompilation());
            var state = previous is null
                ? await script.RunAsync(_globals, _ => true, cellToken).ConfigureAwait(false)
                : await script.RunFromAsync(previous, _ => true, cellToken).ConfigureAwait(false);
            return (State: state, Errors: errors, HasValue: hasValue);
        }, CancellationToken.None);

        var finished = await Task.WhenAny(work, Task.Delay(Timeout.Infinite, cellToken)).ConfigureAwait(false);
        if (finished != work)
        {
            // The cell cannot be stopped; let it finish unobserved and continue from the state before it.
            _ = work.ContinueWith(t => t.Exception, TaskScheduler.Default);
            return Outcome.Failed(Stopped(interrupt), StoppedError(name, interrupt), parsed.Timed);
        }

        (ScriptState<object>? State, List<Diagnostic> Errors, bool HasValue) ran;
        try
        {
            ran = await work.ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cellToken.IsCancellationRequested)
        {
            return Outcome.Failed(Stopped(interrupt), StoppedError(name, interrupt), parsed.Timed);
        }
        if (ran.State is null) return Outcome.Failed(CellStatus.Error, CompilationError(name, ran.Errors), parsed.Timed);

        lock (_referencesLock)
        {
            _state = ran.State;
            _pendingReferences.Clear();
        }
        if (ran.State.Exception is { } exception)
        {
            if (exception is OperationCanceledException && cellToken.IsCancellationRequested)
                return Outcome.Failed(Stopped(interrupt), StoppedError(name, interrupt), parsed.Timed);
            return Outcome.Failed(CellStatus.Error, ExceptionError(name, exception), parsed.Timed);
        }
        if (!ran.HasValue) return new Outcome(CellStatus.Ok, null, null, parsed.Timed);
        try
        {
            return new Outcome(CellStatus.Ok, OutputFormatter.Format(ran.State.ReturnValue), null, parsed.Timed);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            var inner = e is TargetInvocationException { InnerException: { } i } ? i : e;
            var error = ExceptionError(name, inner);
            return Outcome.Failed(CellStatus.Error, error with { Message = $"formatting the cell's value failed: {error.Message}" }, parsed.Timed);
        }
    }

    private async Task ApplyDirectivesAsync(ParsedCell parsed, string name, List<string> warnings, CancellationToken cancellationToken)
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
                        string warning = $"{name}, line {package.Line}: #r \"nuget: {package.PackageId}, {package.Version}\" asks for version " +
                            $"{package.Version}; the host carries {package.PackageId} {hostVersion}, which is used instead";
                        warnings.Add(warning);
                        Emit(s => s.WriteStream(StreamName.Stderr, $"warning: {warning}\n"));
                    }
                    foreach (var assembly in HostPackages.Load(package.PackageId)) AddReference(assembly);
                    break;
                case NuGetReferenceDirective package:
                    toRestore.Add(package);
                    break;
                case AssemblyReferenceDirective reference:
                    string path = AssemblyReferenceResolver.Resolve(reference.Path, Options.WorkingDirectory, reference.Line);
                    var host = AssemblyReferenceResolver.FindHostAssembly(Path.GetFileNameWithoutExtension(path));
                    if (host is not null) AddReference(host);
                    else AddReference(path);
                    break;
            }
        }
        if (toRestore.Count == 0) return;
        var restored = await _restorer.RestoreAsync(toRestore, _packageSources, cancellationToken).ConfigureAwait(false);
        foreach (string path in restored)
        {
            // A dependency the host already has (FSharp.Core, System.*) must be the host's copy, or types would not match.
            var host = AssemblyReferenceResolver.FindHostAssembly(Path.GetFileNameWithoutExtension(path));
            if (host is not null) AddReference(host);
            else AddReference(path);
        }
    }

    /// <summary>True when the cell ends in an expression without a semicolon whose type is not void: its value is the cell's result.</summary>
    private static bool HasTrailingValue(Compilation compilation)
    {
        var tree = compilation.SyntaxTrees.Single();
        if (tree.GetRoot() is not CompilationUnitSyntax root) return false;
        if (root.Members.LastOrDefault() is not GlobalStatementSyntax { Statement: ExpressionStatementSyntax statement }) return false;
        if (!statement.SemicolonToken.IsMissing) return false;
        var type = compilation.GetSemanticModel(tree).GetTypeInfo(statement.Expression).Type;
        return type is not null && type.SpecialType != SpecialType.System_Void;
    }

    // Host assemblies are referenced as loaded assemblies, so that the script loader binds to the host's copy.
    private void AddReference(Assembly assembly)
    {
        if (_referenced.Add(assembly.Location)) AddReference(ScriptOptions.Default.AddReferences(assembly).MetadataReferences[^1]);
    }

    private void AddReference(string path)
    {
        if (_referenced.Add(path)) AddReference(MetadataReference.CreateFromFile(path));
    }

    private void AddReference(MetadataReference reference)
    {
        lock (_referencesLock)
        {
            _references.Add(reference);
            _pendingReferences.Add(reference);
        }
    }

    internal DisplayHandle EmitDisplay(MimeBundle bundle, string? mimeType)
    {
        FlushStreams();
        string id = Guid.NewGuid().ToString("N");
        Emit(s => s.Display(id, bundle));
        return new DisplayHandle(this, id, mimeType);
    }

    internal void EmitUpdate(string displayId, MimeBundle bundle)
    {
        FlushStreams();
        Emit(s => s.UpdateDisplay(displayId, bundle));
    }

    // Text a cell wrote without a line end yet belongs before the display that follows it.
    private void FlushStreams()
    {
        SinkTextWriter? stdout, stderr;
        lock (_sinkLock)
        {
            stdout = _currentStdout;
            stderr = _currentStderr;
        }
        stdout?.Flush();
        stderr?.Flush();
    }

    private void Emit(Action<IOutputSink> action)
    {
        lock (_sinkLock)
        {
            var sink = _currentSink ?? _lastSink;
            if (sink is not null) action(sink);
        }
    }

    private static CellStatus Stopped(CancellationToken interrupt) =>
        interrupt.IsCancellationRequested ? CellStatus.Cancelled : CellStatus.TimedOut;

    private CellError StoppedError(string name, CancellationToken interrupt)
    {
        if (interrupt.IsCancellationRequested)
        {
            string message = $"{name} was interrupted";
            return new CellError(CellErrorKind.Cancelled, name, "Interrupted", message, null, null, [message]);
        }
        string timeout = FormatDuration(CellTimeout);
        string text = $"{name} did not finish within the cell timeout of {timeout}; the run was stopped (raise the timeout to allow longer cells)";
        return new CellError(CellErrorKind.Timeout, name, "TimeoutError", text, null, null, [text]);
    }

    private static CellError CompilationError(string name, List<Diagnostic> errors)
    {
        var first = errors[0];
        var position = first.Location.GetLineSpan().StartLinePosition;
        string Format(Diagnostic d)
        {
            var p = d.Location.GetLineSpan().StartLinePosition;
            return $"{name}({p.Line + 1},{p.Character + 1}): error {d.Id}: {d.GetMessage(CultureInfo.InvariantCulture)}";
        }
        string message = $"error {first.Id}: {first.GetMessage(CultureInfo.InvariantCulture)}";
        return new CellError(CellErrorKind.Compilation, name, "CompilationError", message, position.Line + 1, position.Character + 1,
            errors.Select(Format).ToList());
    }

    private static CellError ExceptionError(string name, Exception exception)
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
        return new CellError(CellErrorKind.Exception, name, type, exception.Message, line, null, traceback);
    }

    private static string FormatDuration(TimeSpan duration) =>
        duration.TotalSeconds >= 1
            ? string.Create(CultureInfo.InvariantCulture, $"{duration.TotalSeconds:0.###} s")
            : string.Create(CultureInfo.InvariantCulture, $"{duration.TotalMilliseconds:0} ms");
}
