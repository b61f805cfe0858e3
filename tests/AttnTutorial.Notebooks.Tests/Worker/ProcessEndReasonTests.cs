using AttnTutorial.Notebooks.Worker;

namespace AttnTutorial.Notebooks.Tests.Worker;

public class ProcessEndReasonTests
{
    [Fact]
    public void Describe_StackOverflowReport_NamesTheRepeatedFrame()
    {
        const string stderr = """
            Stack overflow.
            Repeated 261879 times:
            --------------------------------
               at Submission#0.F(Int32)
            --------------------------------
               at Submission#1+<<Initialize>>d__0.MoveNext()
            """;

        Assert.Equal("stack overflow (Submission#0.F(Int32) repeated 261879 times)", ProcessEndReason.Describe(134, stderr));
    }

    [Fact]
    public void Describe_UnhandledExceptionOnAThread_NamesTheException()
    {
        const string stderr = "Unhandled exception. System.InvalidOperationException: boom\n   at Submission#0.<>c.<<Initialize>>b__0_0()";

        Assert.Equal("unhandled exception: System.InvalidOperationException: boom", ProcessEndReason.Describe(134, stderr));
    }

    [Theory]
    [InlineData(3, "exit code 3 (Environment.Exit or a native exit)")]
    [InlineData(0, "exit code 0 (Environment.Exit or a native exit)")]
    public void Describe_PlainExit_GivesTheExitCode(int exitCode, string reason) =>
        Assert.Equal(reason, ProcessEndReason.Describe(exitCode, ""));

    [Theory]
    [InlineData(137, "killed (SIGKILL; out of memory?)")]
    [InlineData(139, "segmentation fault (SIGSEGV) in native code")]
    [InlineData(143, "ended by signal 15")]
    public void Describe_SignalOnUnix_NamesIt(int exitCode, string reason) =>
        Assert.Equal(reason, ProcessEndReason.Describe(exitCode, ""));
}
