namespace AttnTutorial.Notebooks.Running;

/// <summary>A parameter given for a notebook cannot be injected; the message names the notebook and the parameter.</summary>
public sealed class NotebookParameterException : Exception
{
    public NotebookParameterException()
    {
    }

    public NotebookParameterException(string message) : base(message)
    {
    }

    public NotebookParameterException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
