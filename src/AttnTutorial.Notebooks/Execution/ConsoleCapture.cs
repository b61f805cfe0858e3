namespace AttnTutorial.Notebooks.Execution;

/// <summary>
/// While a cell runs, <c>Console.Out</c> and <c>Console.Error</c> write to the cell's outputs (forwarded at each line
/// end and carriage return); disposing flushes what is left and puts the previous writers back. The console is
/// process-wide, so the session lets one cell at a time capture it.
/// </summary>
internal sealed class ConsoleCapture : IDisposable
{
    private readonly SinkTextWriter _stdout;
    private readonly SinkTextWriter _stderr;
    private readonly TextWriter _previousOut;
    private readonly TextWriter _previousError;

    /// <param name="forward">Receives each piece of text with the stream it was written to.</param>
    /// <param name="fromAnotherCell">True while the calling code belongs to another cell (see <see cref="SinkTextWriter"/>).</param>
    public ConsoleCapture(Action<StreamName, string> forward, Func<bool>? fromAnotherCell = null)
    {
        _stdout = new SinkTextWriter(text => forward(StreamName.Stdout, text), fromAnotherCell);
        _stderr = new SinkTextWriter(text => forward(StreamName.Stderr, text), fromAnotherCell);
        _previousOut = Console.Out;
        _previousError = Console.Error;
        Console.SetOut(_stdout);
        Console.SetError(_stderr);
    }

    /// <summary>Forwards text written without a line end yet, e.g. before a display that must come after it.</summary>
    public void Flush()
    {
        _stdout.Flush();
        _stderr.Flush();
    }

    public void Dispose()
    {
        Flush();
        Console.SetOut(_previousOut);
        Console.SetError(_previousError);
    }
}
