namespace AttnTutorial.Kernel.Tests.Jupyter;

/// <summary>Runs a chapter notebook through the kernel once the chapter exists; skipped, saying so, while it does not.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ChapterNotebookFactAttribute : FactAttribute
{
    public ChapterNotebookFactAttribute(string fileName)
    {
        string? path = RepositoryPaths.Notebook(fileName);
        if (path is null || !File.Exists(path)) Skip = $"notebooks/{fileName} does not exist yet; this test runs it through the kernel once it does";
        else if (!JupyterClients.InCi && !JupyterClients.Available) Skip = JupyterClients.InstallHint;
    }
}
