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
public sealed class NotebookSession : ICellExecutor
{
    private static readonly SemaphoreSlim ProcessGate = new(1, 1);

    // How long an interrupted cell gets to reach its next CellCancellationToken check (a training batch on a loaded
    // machine takes up to a few seconds) before it is given up on.
    private static readonly TimeSpan InterruptGrace = TimeSpan.FromSeconds(5);

    private readonly NotebookGlobals _globals;
    private readonly DirectiveApplier _directives;
    private readonly Lock _sinkLock = new();
    private readonly ScriptOptions _firstCellOptions;
    private readonly ScriptOptions _continuationOptions;
    // Guards _state together with the directives' pending references: the pair decides the next cell's options.
    private readonly Lock _stateLock = new();
    private ScriptState<object>? _state;
    private IOutputSink? _currentSink;
    private IOutputSink? _lastSink;
    private ConsoleCapture? _capture;
    private int _executionCount;
    private TimeSpan _cellTimeout;

    /// <exception cref="ArgumentException">An option is out of range.</exception>
    public NotebookSession(SessionOptions? options = null)
    {
        Options = options ?? new SessionOptions();
        Options.Validate();
        _cellTimeout = Options.CellTimeout;
        _globals = new NotebookGlobals(this);
        _directives = new DirectiveApplier(Options.WorkingDirectory, Options.NuGetCacheDirectory);
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
    public ScriptOptions ScriptOptions => NextCell().Options;

    /// <summary>Every reference added by <c>#r</c> so far (framework and engine references not included).</summary>
    public IReadOnlyList<MetadataReference> References => _directives.All;

    // A kernel may ask for completions (GetCompilation) while a cell runs, so the state and references are read together.
    private (ScriptState<object>? Previous, ScriptOptions Options) NextCell()
    {
        lock (_stateLock)
        {
            return _state is null
                ? (null, _firstCellOptions.AddReferences(_directives.All))
                : (_state, _continuationOptions.AddReferences(_directives.Pending));
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
            var error = CellErrors.Stopped(cellName ?? $"cell {skipped}", interrupted: true, CellTimeout);
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

            // Code of an earlier cell still running carries that cell's token (code outside any cell carries none).
            var ownToken = cellCancellation.Token;
            var capture = new ConsoleCapture((stream, text) => Emit(s => s.WriteStream(stream, text)),
                fromAnotherCell: () => CellToken.Value is { CanBeCanceled: true } writer && writer != ownToken);
            lock (_sinkLock)
            {
                _currentSink = sink;
                _lastSink = sink;
                _capture = capture;
            }
            try
            {
                var warnings = new List<string>();
                var outcome = await RunCellAsync(code, name, warnings, cellCancellation.Token, cancellationToken).ConfigureAwait(false);
                stopwatch.Stop();
                capture.Flush();
                if (outcome.Timed)
                    Emit(s => s.WriteStream(StreamName.Stdout, string.Create(CultureInfo.InvariantCulture, $"Wall time: {stopwatch.Elapsed.TotalMilliseconds:F1} ms\n")));
                if (outcome.Value is not null) Emit(s => s.Result(count, outcome.Value));
                if (outcome.Error is not null) Emit(s => s.Error(outcome.Error));
                finished = outcome.Status is CellStatus.Ok or CellStatus.Error;
                return new CellResult(count, outcome.Status, stopwatch.Elapsed, outcome.Error, warnings);
            }
            finally
            {
                capture.Dispose();
                lock (_sinkLock)
                {
                    _currentSink = null;
                    _capture = null;
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
            await _directives.ApplyAsync(parsed, name, warning =>
            {
                warnings.Add(warning);
                Emit(s => s.WriteStream(StreamName.Stderr, $"warning: {warning}\n"));
            }, cellToken).ConfigureAwait(false);
        }
        catch (DirectiveException e)
        {
            return Outcome.Failed(CellStatus.Error, CellErrors.Directive(name, e.Message, e.Line));
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
        // A cell that watches its token ends moments after an interrupt, with the variables it assigned so far: they
        // are kept below, as ipykernel keeps them. Only code that never looks at the token is left behind.
        bool stopped = finished != work;
        if (stopped && interrupt.IsCancellationRequested)
            await Task.WhenAny(work, Task.Delay(InterruptGrace)).ConfigureAwait(false);
        if (!work.IsCompleted)
        {
            // The cell cannot be stopped; let it finish unobserved and continue from the state before it.
            _ = work.ContinueWith(t => t.Exception, TaskScheduler.Default);
            return Outcome.Failed(Stopped(interrupt), StoppedError(name, interrupt, stillRunning: true), parsed.Timed);
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
        if (ran.State is null) return Outcome.Failed(CellStatus.Error, CellErrors.Compilation(name, ran.Errors), parsed.Timed);

        lock (_stateLock)
        {
            _state = ran.State;
            _directives.Committed();
        }
        // Stopped is stopped, even when the cell's loop, seeing its token, ended without an exception.
        if (stopped) return Outcome.Failed(Stopped(interrupt), StoppedError(name, interrupt), parsed.Timed);
        if (ran.State.Exception is { } exception)
        {
            if (exception is OperationCanceledException && cellToken.IsCancellationRequested)
                return Outcome.Failed(Stopped(interrupt), StoppedError(name, interrupt), parsed.Timed);
            return Outcome.Failed(CellStatus.Error, CellErrors.Exception(name, exception), parsed.Timed);
        }
        if (!ran.HasValue) return new Outcome(CellStatus.Ok, null, null, parsed.Timed);
        try
        {
            return new Outcome(CellStatus.Ok, OutputFormatter.Format(ran.State.ReturnValue), null, parsed.Timed);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            var inner = e is TargetInvocationException { InnerException: { } i } ? i : e;
            var error = CellErrors.Exception(name, inner);
            return Outcome.Failed(CellStatus.Error, error with { Message = $"formatting the cell's value failed: {error.Message}" }, parsed.Timed);
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
        ConsoleCapture? capture;
        lock (_sinkLock) capture = _capture;
        capture?.Flush();
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

    private CellError StoppedError(string name, CancellationToken interrupt, bool stillRunning = false) =>
        CellErrors.Stopped(name, interrupt.IsCancellationRequested, CellTimeout, stillRunning);
}
