namespace AttnTutorial.Kernel.Tests.Jupyter;

/// <summary>Runs a chapter notebook through the kernel once the chapter exists; skipped, saying so, while it does not.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ChapterNotebookFactAttribute : FactAttribute
{
    public ChapterNotebookFactAttribute(string fileName)
    {
        if (!RepoPaths.InCheckout || !File.Exists(Path.Combine(RepoPaths.CourseNotebooks, fileName))) Skip = $"notebooks/{fileName} does not exist yet; this test runs it through the kernel once it does";
        else if (JupyterClients.MaySkip) Skip = JupyterClients.InstallHint;
    }
}
