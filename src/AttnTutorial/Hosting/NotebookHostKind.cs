namespace AttnTutorial.Hosting;

/// <summary>Which program runs the notebook that calls <see cref="NotebookHost.Setup"/>.</summary>
public enum NotebookHostKind
{
    /// <summary>Neither notebook host: a console program, a test, a script host of its own.</summary>
    None,

    /// <summary>The course's notebook engine: its kernel "C# (AttnTutorial)" and <c>notebooks run/render</c>. Needs nothing.</summary>
    CourseEngine,

    /// <summary>.NET Interactive: its Jupyter kernel, Polyglot Notebooks in VS Code, and <c>dotnet-repl</c>.</summary>
    DotNetInteractive,
}
