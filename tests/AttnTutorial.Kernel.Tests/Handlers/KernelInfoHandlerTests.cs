using System.Text.Json.Nodes;
using AttnTutorial.Kernel.Handlers;

namespace AttnTutorial.Kernel.Tests.Handlers;

public class KernelInfoHandlerTests
{
    public static TheoryData<string> Notebooks()
    {
        var data = new TheoryData<string>();
        foreach (string path in Directory.GetFiles(RepoPaths.CourseNotebooks, "*.ipynb", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            data.Add(Path.GetRelativePath(RepoPaths.Root, path));
        return data;
    }

    // Clients copy the kernel's language_info into the notebook when it starts: any difference marks a chapter modified
    // the moment it is opened. After a Roslyn update, copy the kernel's language_info into every notebook.
    [Theory]
    [MemberData(nameof(Notebooks))]
    public void Content_LanguageInfo_EqualsWhatTheNotebookStores(string notebook)
    {
        var stored = JsonNode.Parse(File.ReadAllText(RepoPaths.File(notebook)))!["metadata"]!["language_info"];

        var reported = KernelInfoHandler.Content()["language_info"];

        Assert.True(JsonNode.DeepEquals(reported, stored), $"{notebook} stores language_info {stored?.ToJsonString()}, the kernel reports {reported!.ToJsonString()}");
    }

    [Fact]
    public void CSharpVersion_IsAMajorMinorNumber()
    {
        Assert.Matches(@"^\d+\.\d+$", KernelInfoHandler.CSharpVersion);
    }
}
