using System.Runtime.InteropServices;
using AttnTutorial.Hosting;

namespace AttnTutorial.Tests.Hosting;

public class JupyterInterruptTests
{
    [Fact]
    public void IsJupyterKernel_TheKernelspecsCommandLine_IsTrue()
    {
        Assert.True(JupyterInterrupt.IsJupyterKernel(
            ["/root/.dotnet/tools/.store/x/Microsoft.DotNet.Interactive.App.dll", "jupyter", "--default-kernel", "csharp", "/run/kernel-1.json", "--http-port-range", "1000-3000"]));
    }

    [Theory]
    [InlineData("stdio")]      // Polyglot Notebooks in VS Code: it sends Cancel itself
    [InlineData("--run")]      // dotnet-repl
    public void IsJupyterKernel_OtherHosts_IsFalse(string first)
    {
        Assert.False(JupyterInterrupt.IsJupyterKernel(["/tools/host.dll", first, "--default-kernel", "csharp"]));
    }

    [Fact]
    public void IsJupyterKernel_JupyterInstallOrNoArguments_IsFalse()
    {
        Assert.False(JupyterInterrupt.IsJupyterKernel(["/tools/dotnet-interactive.dll", "jupyter", "install"]));
        Assert.False(JupyterInterrupt.IsJupyterKernel(["/tools/dotnet-interactive.dll"]));
    }

    [Fact]
    public void OnInterrupt_CancelsTheSignalAndSendsOneCancel()
    {
        var context = new PosixSignalContext(PosixSignal.SIGINT);
        int sent = 0;
        using var done = new SemaphoreSlim(0);

        JupyterInterrupt.OnInterrupt(context, () => { Interlocked.Increment(ref sent); done.Release(); return Task.CompletedTask; });

        Assert.True(context.Cancel);   // with no other handler left, the runtime would otherwise end the process
        Assert.True(done.Wait(TimeSpan.FromMinutes(1)), "the Cancel command was never sent");   // sent from the thread pool, not the signal thread
        Assert.Equal(1, sent);
    }

    [Fact]
    public void OnInterrupt_SendingFails_StillCancelsTheSignalAndDoesNotThrow()
    {
        var throwing = new PosixSignalContext(PosixSignal.SIGINT);
        var faulted = new PosixSignalContext(PosixSignal.SIGINT);

        JupyterInterrupt.OnInterrupt(throwing, () => throw new InvalidOperationException("kernel gone"));
        JupyterInterrupt.OnInterrupt(faulted, () => Task.FromException(new InvalidOperationException("kernel gone")));

        Assert.True(throwing.Cancel);
        Assert.True(faulted.Cancel);
    }

    [Fact]
    public void CancelSender_AssemblyWithoutDotNetInteractive_NamesWhatIsMissingAndTheVersion()
    {
        var e = Assert.Throws<InvalidOperationException>(() => JupyterInterrupt.CancelSender(typeof(object).Assembly, new object()));

        Assert.Contains("Kernel", e.Message, StringComparison.Ordinal);
        Assert.Contains("1.0.712001", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RemoveLateStoppingHandlers_HandlerRegisteredAfterTheFirstLook_IsRemovedOnTheNextAndOthersStay()
    {
        var stopping = new HashSet<string> { "AttnTutorial.Tests" };
        using var other = PosixSignalRegistration.Create(PosixSignal.SIGINT, GC.KeepAlive);   // System.Private.CoreLib: kept
        JupyterInterrupt.RemoveLateStoppingHandlers(stopping);

        using var late = PosixSignalRegistration.Create(PosixSignal.SIGINT, _ => { });        // declared here: "stopping"

        Assert.Equal(1, JupyterInterrupt.RemoveLateStoppingHandlers(stopping));
        Assert.Equal(0, JupyterInterrupt.RemoveLateStoppingHandlers(stopping));
        var owners = JupyterInterrupt.InterruptHandlerOwners();
        Assert.DoesNotContain("AttnTutorial.Tests", owners);
        Assert.Contains("System.Private.CoreLib", owners);
    }

    [Fact]
    public void UnregisterInterruptHandlers_RemovesOnlyTheNamedAssemblysHandlers()
    {
        using var mine = PosixSignalRegistration.Create(PosixSignal.SIGINT, _ => { });      // declared in this test assembly
        using var other = PosixSignalRegistration.Create(PosixSignal.SIGINT, GC.KeepAlive); // declared in System.Private.CoreLib
        using var term = PosixSignalRegistration.Create(PosixSignal.SIGTERM, _ => { });     // not SIGINT: kept
        Assert.Contains("AttnTutorial.Tests", JupyterInterrupt.InterruptHandlerOwners());

        int removed = JupyterInterrupt.UnregisterInterruptHandlers(new HashSet<string> { "AttnTutorial.Tests" });

        Assert.Equal(1, removed);
        var owners = JupyterInterrupt.InterruptHandlerOwners();
        Assert.DoesNotContain("AttnTutorial.Tests", owners);
        Assert.Contains("System.Private.CoreLib", owners);
    }
}
