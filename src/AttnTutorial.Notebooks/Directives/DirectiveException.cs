namespace AttnTutorial.Notebooks.Directives;

/// <summary>A directive line that cannot be honoured; <see cref="Line"/> is 1-based within the cell.</summary>
public sealed class DirectiveException : Exception
{
    public DirectiveException()
    {
    }

    public DirectiveException(string message) : base(message)
    {
    }

    public DirectiveException(string message, Exception innerException) : base(message, innerException)
    {
    }

    public DirectiveException(int line, string message, Exception? innerException = null) : base(message, innerException)
    {
        Line = line;
    }

    public int Line { get; }
}
