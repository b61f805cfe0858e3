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

    /// <summary>Runs the scenarios (the script fails on any failed check) and returns what it and the kernel printed.</summary>
    private string Run(params string[] scenarios) => jupyter.RunClient("hostile_client.py", scenarios, Timeout);

    private static void AssertSays(string output, params string[] lines)
    {
        foreach (string line in lines) Assert.Contains(line, output, StringComparison.Ordinal);
    }

    [JupyterFact]
    public void RepeatedKeys_ErrorReplyOrLoggedRejectionAndKernelGoesOn() => AssertSays(Run("bad_messages"),
        "ok: 1 + 1 is still 2 after a signed message with a repeated header key",
        "ok: the reply is an error naming the repeated key",
        "rejected a malformed message: the header is not valid JSON (Duplicate property 'msg_type'",
        "refused a message type 'execute_request': the content is not valid JSON (Duplicate property 'code'");

    [JupyterFact]
    public void ReplayedSignedRequest_RunsOnce() => AssertSays(Run("replay"),
        "ok: the replayed request ran once",
        "rejected a replayed message (its signature was seen before)");

    // The runaway cells go on until the kernel ends, so they run last.
    [JupyterFact]
    public void Interrupt_KeepsVariablesAndNamesARunawayCellWhoseOutputNeverLandsElsewhere() => AssertSays(
        Run("interrupt_keeps_variables", "interrupt_runaway", "interrupt_runaway_dots"),
        "ok: a variable assigned before the interrupt survives",
        "ok: the reply says the code goes on running",
        "ok: no runaway output lands in the next cell",
        "ok: no dot of the runaway cell joins a line the next cell writes in pieces",
        "output of an earlier, interrupted cell");

    [JupyterFact]
    public void Flood_FiveThousandLinesComeInAFewBatchedMessages() => AssertSays(Run("flood"),
        "ok: 5,000 lines arrive complete and in order",
        "ok: batching keeps the order of streams and displays");

    [JupyterFact]
    public void ExecutionCountUserExpressionsAndInspectInACall_AsIpykernel() => AssertSays(Run("counts_and_expressions", "inspect_in_call"),
        "ok: store_history=false does not advance it",
        "ok: user_expressions are evaluated after the cell",
        "ok: inspect inside Math.Sqrt(|) finds Sqrt");

    [JupyterFact]
    public void Fuzz_MalformedUnsignedReplayedAndOversizedMessages_OnePlusOneStillTwo()
    {
        string output = Run("fuzz");

        AssertSays(output,
            "ok: no unsigned or forged code ran",
            "ok: the replayed request ran once",
            "ok: the kernel survived 31 malformed, unsigned, replayed and oversized messages");
        Assert.Equal(31, output.Split('\n').Count(line => line.StartsWith("ok: 1 + 1 is still 2 after ", StringComparison.Ordinal)));
    }
}
