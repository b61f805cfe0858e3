namespace AttnTutorial.Notebooks.Execution;

/// <summary>The two text streams a cell writes to; Jupyter names them "stdout" and "stderr".</summary>
public enum StreamName
{
    Stdout,
    Stderr,
}
