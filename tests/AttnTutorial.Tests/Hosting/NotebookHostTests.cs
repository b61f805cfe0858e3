using AttnTutorial.Hosting;

namespace AttnTutorial.Tests.Hosting;

public class NotebookHostTests
{
    [Fact]
    public void Detect_CourseEngineLoaded_IsCourseEngine()
    {
        // The course engine wins: its kernel also loads assemblies whose names resemble other hosts'.
        Assert.Equal(NotebookHostKind.CourseEngine, NotebookHost.Detect(["System.Runtime", "AttnTutorial.Notebooks", "Microsoft.DotNet.Interactive"]));
    }

    [Fact]
    public void Detect_DotNetInteractiveLoaded_IsDotNetInteractive()
    {
        Assert.Equal(NotebookHostKind.DotNetInteractive, NotebookHost.Detect(["dotnet-repl", "Microsoft.DotNet.Interactive", "Microsoft.DotNet.Interactive.CSharp"]));
    }

    [Fact]
    public void Detect_NeitherLoaded_IsNone()
    {
        Assert.Equal(NotebookHostKind.None, NotebookHost.Detect(["System.Runtime", "Microsoft.DotNet.Interactive.Formatting", "xunit.core"]));
    }

    [Fact]
    public void Setup_InATestProcess_ChangesNothingAndSaysSoTwice()
    {
        Assert.Equal(NotebookHostKind.None, NotebookHost.Setup());
        Assert.Equal(NotebookHostKind.None, NotebookHost.Setup());
    }
}
