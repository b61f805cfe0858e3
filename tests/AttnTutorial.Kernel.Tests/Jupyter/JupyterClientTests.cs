namespace AttnTutorial.Kernel.Tests.Jupyter;

/// <summary>The kernel driven by jupyter_client, the library VS Code's and JupyterLab's servers use (clients/drive_kernel.py).</summary>
[Collection(JupyterClientsGroup.Name)]
public class JupyterClientTests(JupyterFixture jupyter)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(4);

    [JupyterFact]
    public void Protocol_ExecuteErrorsDisplaysCompletionInspection()
    {
        string output = jupyter.RunClient("drive_kernel.py", ["protocol"], Timeout);

        Assert.Contains("ok: update_display_data with the same display_id", output, StringComparison.Ordinal);
        Assert.Contains("ok: complete members after a dot", output, StringComparison.Ordinal);
    }

    [JupyterFact]
    public void Interrupt_LongCellStopsAndKernelGoesOn()
    {
        string output = jupyter.RunClient("drive_kernel.py", ["interrupt"], Timeout);

        Assert.Contains("ok: kernel answers after an interrupt", output, StringComparison.Ordinal);
    }

    [JupyterFact]
    public void Interrupt_TrainingStopsWithinOneBatch()
    {
        string output = jupyter.RunClient("drive_kernel.py", ["interrupt_training"], Timeout);

        Assert.Contains("ok: interrupted training ends with an error reply", output, StringComparison.Ordinal);
        Assert.Contains("(no batch ran after the interrupt was answered)", output, StringComparison.Ordinal);
    }

    [JupyterFact]
    public void BadSignature_IsIgnoredAndKernelStillAnswers()
    {
        string output = jupyter.RunClient("drive_kernel.py", ["bad_signature"], Timeout);

        Assert.Contains("ok: forged and unsigned code never ran", output, StringComparison.Ordinal);
        Assert.Contains("rejected a message with a wrong signature", output, StringComparison.Ordinal);
        Assert.Contains("rejected a message without a signature", output, StringComparison.Ordinal);
    }

    [JupyterFact]
    public void ShutdownAndRestart_FreshProcessThenExit()
    {
        string output = jupyter.RunClient("drive_kernel.py", ["restart"], Timeout);

        Assert.Contains("ok: state is fresh after restart", output, StringComparison.Ordinal);
        Assert.Contains("ok: the kernel process exits after shutdown_request", output, StringComparison.Ordinal);
    }
}
