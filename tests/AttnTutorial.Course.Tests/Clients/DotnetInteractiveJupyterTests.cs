using System.Text.Json.Nodes;
using Xunit.Abstractions;

namespace AttnTutorial.Course.Tests.Clients;

/// <summary>
/// The chapters under .NET Interactive's Jupyter kernel, driven as JupyterLab and <c>jupyter nbconvert --execute</c> drive it:
/// Interrupt stops chapter 05's training (NotebookHost.Setup() turns Jupyter's SIGINT into the kernel's Cancel), its progress
/// line updates in place, and a chapter runs to the end under nbclient with offline charts.
/// </summary>
[Collection(DotnetInteractiveGroup.Name)]
public class DotnetInteractiveJupyterTests(DotnetInteractiveJupyter jupyter, ITestOutputHelper log)
{
    [DotnetInteractiveFact]
    public void Interrupt_Chapter05Training_StopsAndTheProgressLineUpdatedInPlace()
    {
        using var mirror = CourseMirror.Create("notebooks/05-training.ipynb", AppContext.BaseDirectory, quick: false);

        string output = jupyter.RunClient("drive_dotnet_interactive.py", [DotnetInteractiveJupyter.KernelName, mirror.Notebook], TimeSpan.FromMinutes(15));

        log.WriteLine(output);
        Assert.Contains("ok: the polling loop saw the token and ended", output, StringComparison.Ordinal);
        Assert.Contains("ok: progress report 3 updates the line in place", output, StringComparison.Ordinal);
        Assert.Contains("ok: training stopped: the weights no longer change", output, StringComparison.Ordinal);
    }

    [DotnetInteractiveFact]
    public void Chapter01_QuickUnderNbclient_NoErrorAndOfflineCharts()
    {
        const string notebook = "notebooks/01-softmax-weighting.ipynb";
        using var mirror = CourseMirror.Create(notebook, AppContext.BaseDirectory, quick: true);
        string executed = Path.Combine(mirror.Root, "executed.ipynb");

        string output = jupyter.RunClient("run_notebook.py", [mirror.Notebook, executed, "600", DotnetInteractiveJupyter.KernelName], TimeSpan.FromMinutes(10));

        log.WriteLine(output);
        int charts = ExecutedNotebook.AssertNoErrorsAndOfflineCharts(JsonNode.Parse(File.ReadAllText(executed))!.AsObject(), notebook, "dotnet-interactive jupyter");
        Assert.True(charts > 0, $"{notebook} showed no chart under dotnet-interactive jupyter");
    }
}
