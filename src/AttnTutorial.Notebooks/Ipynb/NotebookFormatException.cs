namespace AttnTutorial.Notebooks.Ipynb;

/// <summary>A notebook file could not be read; the message names the file and, where known, the cell, line and column.</summary>
public sealed class NotebookFormatException : Exception
{
    public NotebookFormatException()
    {
    }

    public NotebookFormatException(string message) : base(message)
    {
    }

    public NotebookFormatException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
