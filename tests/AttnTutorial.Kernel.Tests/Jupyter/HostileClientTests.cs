namespace AttnTutorial.Kernel.Tests.Jupyter;

/// <summary>
/// Clumsy and hostile input from a real client (clients/hostile_client.py: jupyter_client plus hand-made ZeroMQ
/// frames): the kernel answers or logs every bad message, keeps serving, runs nothing unsigned or replayed, and keeps
/// a learner's work across interrupts. The kernel's log follows the script's output.
/// </summary>
[Collection(JupyterClientsGroup.Name)]
public class HostileClientTests(JupyterFixture jupyter)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(4);

    private string Run(params string[] scenarios) => jupyter.RunClient("hostile_client.py", scenarios, Timeout);

    [JupyterFact]
    public void RepeatedKeys_ErrorReplyOrLoggedRejectionAndKernelGoesOn()
    {
        string output = Run("bad_messages");

        Assert.Contains("ok: 1 + 1 is still 2 after a signed message with a repeated header key", output, StringComparison.Ordinal);
        Assert.Contains("ok: the reply is an error naming the repeated key", output, StringComparison.Ordinal);
        Assert.Contains("rejected a malformed message: the header is not valid JSON (Duplicate property 'msg_type'", output, StringComparison.Ordinal);
        Assert.Contains("refused a message type 'execute_request': the content is not valid JSON (Duplicate property 'code'", output, StringComparison.Ordinal);
    }

    [JupyterFact]
    public void ReplayedSignedRequest_RunsOnce()
    {
        string output = Run("replay");

        Assert.Contains("ok: the replayed request ran once", output, StringComparison.Ordinal);
        Assert.Contains("rejected a replayed message (its signature was seen before)", output, StringComparison.Ordinal);
    }

    [JupyterFact]
    public void Interrupt_KeepsVariablesAndNamesARunawayCellWhoseOutputNeverLandsElsewhere()
    {
        // The runaway cell goes on until the kernel ends, so it runs last.
        string output = Run("interrupt_keeps_variables", "interrupt_runaway");

        Assert.Contains("ok: a variable assigned before the interrupt survives", output, StringComparison.Ordinal);
        Assert.Contains("ok: the reply says the code goes on running", output, StringComparison.Ordinal);
        Assert.Contains("ok: no runaway output lands in the next cell", output, StringComparison.Ordinal);
        Assert.Contains("output of an earlier, interrupted cell", output, StringComparison.Ordinal);
    }

    [JupyterFact]
    public void Flood_FiveThousandLinesComeInAFewBatchedMessages()
    {
        string output = Run("flood");

        Assert.Contains("ok: 5,000 lines arrive complete and in order", output, StringComparison.Ordinal);
        Assert.Contains("ok: batching keeps the order of streams and displays", output, StringComparison.Ordinal);
    }

    [JupyterFact]
    public void ExecutionCountUserExpressionsAndInspectInACall_AsIpykernel()
    {
        string output = Run("counts_and_expressions", "inspect_in_call");

        Assert.Contains("ok: store_history=false does not advance it", output, StringComparison.Ordinal);
        Assert.Contains("ok: user_expressions are evaluated after the cell", output, StringComparison.Ordinal);
        Assert.Contains("ok: inspect inside Math.Sqrt(|) finds Sqrt", output, StringComparison.Ordinal);
    }

    [JupyterFact]
    public void Fuzz_MalformedUnsignedReplayedAndOversizedMessages_OnePlusOneStillTwo()
    {
        string output = Run("fuzz");

        Assert.Contains("ok: no unsigned or forged code ran", output, StringComparison.Ordinal);
        Assert.Contains("ok: the replayed request ran once", output, StringComparison.Ordinal);
        Assert.Contains("ok: the kernel survived 31 malformed, unsigned, replayed and oversized messages", output, StringComparison.Ordinal);
        Assert.Equal(31, output.Split('\n').Count(line => line.StartsWith("ok: 1 + 1 is still 2 after ", StringComparison.Ordinal)));
    }
}
